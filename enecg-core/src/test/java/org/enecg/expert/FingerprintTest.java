package org.enecg.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.enecg.io.LeadName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprintTest {

    static ExpertSpec.Builder base() {
        return ExpertSpec.builder(List.of(LeadName.I, LeadName.II), List.of("a", "b")).crop(500, 2500);
    }

    static String id(ExpertSpec spec) {
        return Fingerprint.of("x", "1", spec, Map.of("seed", "42"), "none").id();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everySpecFieldChangesTheId(int field) {
        List<UnaryOperator<ExpertSpec.Builder>> changes = List.of(
                b -> b.crop(250, 2500), b -> b.crop(500, 2000), b -> b.windows(500, 2500), b -> b.pad(Pad.REPEAT),
                b -> b.units(Units.MICROVOLT), b -> b.normalisation(Normalisation.GLOBAL_Z),
                b -> b.missingLead(MissingLead.ERROR), b -> b.pooling(Pooling.MEAN_AND_FRACTION),
                b -> b.layout(LeadLayout.EACH), b -> b.filter(new SignalFilter(SignalFilter.Kind.MOVING_MEDIAN_BASELINE, 2)),
                b -> b.resampleTo(2500));
        assertNotEquals(id(base().build()), id(changes.get(field).apply(base()).build()));
    }

    @Test
    void leadOrderOutputNamesVersionParametersAndWeightsChangeTheId() {
        ExpertSpec spec = base().build();
        String id = id(spec);
        assertEquals(id, id(base().build()), "same inputs, same id");
        assertNotEquals(id, id(ExpertSpec.builder(List.of(LeadName.II, LeadName.I), List.of("a", "b")).crop(500, 2500).build()));
        assertNotEquals(id, id(ExpertSpec.builder(List.of(LeadName.I, LeadName.II), List.of("a", "c")).crop(500, 2500).build()));
        assertNotEquals(id, Fingerprint.of("x", "2", spec, Map.of("seed", "42"), "none").id());
        assertNotEquals(id, Fingerprint.of("x", "1", spec, Map.of("seed", "43"), "none").id());
        assertNotEquals(id, Fingerprint.of("x", "1", spec, Map.of("seed", "42"), "ab12").id());
        assertNotEquals(id, Fingerprint.of("y", "1", spec, Map.of("seed", "42"), "none").id());
        assertEquals(16, id.length());
    }

    @Test
    void canonicalTextListsEveryFieldSorted() {
        String c = Fingerprint.of("x", "1", base().build(), Map.of("seed", "42"), "none").canonical();
        assertTrue(c.startsWith("name=x\nversion=1\ninput.filters=\ninput.fit=crop\ninput.fs=500.0\n"), c);
        assertTrue(c.contains("\nseed=42\nweights=none\n"), c);
    }

    @Test
    void parameterMayNotShadowASpecField() {
        assertThrows(IllegalArgumentException.class,
                () -> Fingerprint.of("x", "1", base().build(), Map.of("input.fs", "100"), "none"));
    }

    @Test
    void hashesAFileLikeSha256sum(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("w.bin");
        Files.writeString(f, "abc");
        // FIPS 180-2 test vector for "abc".
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Fingerprint.sha256Hex(f));
    }

    @Test
    void specRefusesContradictions() {
        assertThrows(IllegalArgumentException.class, () -> ExpertSpec.builder(List.of(), List.of("a")).crop(500, 10).build());
        assertThrows(IllegalArgumentException.class,
                () -> ExpertSpec.builder(List.of(LeadName.I, LeadName.I), List.of("a")).crop(500, 10).build());
        assertThrows(IllegalArgumentException.class, () -> ExpertSpec.builder(List.of(LeadName.I), List.of("a", "a")).crop(500, 10).build());
        assertThrows(IllegalArgumentException.class, () -> ExpertSpec.builder(List.of(LeadName.I), List.of("a")).crop(0, 10).build());
        assertThrows(IllegalArgumentException.class, () -> ExpertSpec.builder(List.of(LeadName.I), List.of("a")).windows(500, 0).build());
        assertThrows(IllegalArgumentException.class, () -> ExpertSpec.builder(List.of(LeadName.I), List.of("a")).resampleTo(0).build());
        assertThrows(IllegalArgumentException.class, () -> ExpertSpec.builder(List.of(LeadName.I), List.of("a")).resampleTo(10)
                .filter(new SignalFilter(SignalFilter.Kind.MOVING_MEDIAN_BASELINE, 2)).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Normalisation.parse("zscore"));
        assertTrue(e.getMessage().contains("global_z"), e.getMessage());
    }
}
