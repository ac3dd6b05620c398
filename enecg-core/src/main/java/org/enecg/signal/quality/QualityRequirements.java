package org.enecg.signal.quality;

import java.util.List;
import java.util.Objects;
import org.enecg.io.LeadName;

/**
 * What the experts that will read a record need from it: how many seconds, which leads, and which lead carries the
 * rhythm (the gate input's lead). Given by the caller (the prediction path derives it from the experts it opened),
 * never assumed inside this package.
 *
 * @param seconds    the longest window an expert reads, in seconds (10 for the default experts)
 * @param leads      every lead some expert reads
 * @param rhythmLead the lead the gate and the rhythm experts read; a record where it is absent or unusable is poor
 */
public record QualityRequirements(double seconds, List<LeadName> leads, LeadName rhythmLead) {
    public QualityRequirements {
        if (!(seconds > 0) || Double.isInfinite(seconds)) throw new IllegalArgumentException("required seconds must be positive, found " + seconds);
        leads = List.copyOf(leads);
        Objects.requireNonNull(rhythmLead, "rhythmLead");
    }

    /** Twelve standard leads, lead II for the rhythm, and the given length (10 s for the default experts). */
    public static QualityRequirements twelveLeads(double seconds) {
        return new QualityRequirements(seconds, LeadName.STANDARD_ORDER, LeadName.II);
    }
}
