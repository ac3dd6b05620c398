package org.enecg.train;

import java.util.List;
import org.enecg.model.EnEcgModel;
import org.enecg.model.HeadShape;

/**
 * One expert's heads as the staged schedule trains them ({@link Trainer#trainExpert}).
 *
 * @param single      the expert alone: a single-expert model holding its heads (also the expert-alone baseline)
 * @param crossFitted those heads' cross-fitted outputs on the training rows, or null without cross-fitting
 * @param shapes      per task the head shape kept when an alternative shape was tried; empty otherwise
 * @param losses      per task {own shape's, alternative's} cross-fitted (or validation) loss; empty without an alternative
 */
public record ExpertHeads(EnEcgModel single, CrossFitted crossFitted, List<HeadShape> shapes, List<double[]> losses) {
    public ExpertHeads {
        shapes = List.copyOf(shapes);
        losses = List.copyOf(losses);
    }
}
