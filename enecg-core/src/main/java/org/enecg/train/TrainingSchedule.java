package org.enecg.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.enecg.model.EnEcgModel;

/** How an ensemble's heads and gate are trained on some rows: a strategy over the {@link EpochLoop} ({@link Schedule}). */
interface TrainingSchedule {

    EnEcgModel train(Trainer trainer, TrainingData data, int[] rows, int fold);

    /** Heads and gate together, in one run of the loop (the paper). */
    TrainingSchedule JOINT = (trainer, data, rows, fold) -> ModelFit.fit(trainer.trainConfig(), trainer.cache(), data, trainer.modelConfig(),
            rows, fold, null, null).finish(trainer.trainConfig(), fold);

    /** Each expert's heads alone ({@link Trainer#trainExpert}), then the gate over them, frozen ({@link Trainer#trainGate}). */
    TrainingSchedule STAGED = (trainer, data, rows, fold) -> {
        Map<String, EnEcgModel> singles = new LinkedHashMap<>();
        Map<String, CrossFitted> cf = new LinkedHashMap<>();
        for (String e : data.table().expertNames()) {
            ExpertHeads h = trainer.trainExpert(data, e, rows, fold);
            singles.put(e, h.single());
            cf.put(e, h.crossFitted());
        }
        return trainer.trainGate(data, rows, fold, singles, trainer.trainConfig().gateFolds() < 2 ? null : cf);
    };
}
