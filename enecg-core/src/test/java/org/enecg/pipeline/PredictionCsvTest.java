package org.enecg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.enecg.data.Task;
import org.enecg.data.Tasks;
import org.enecg.model.Prediction;
import org.enecg.model.TaskOutput;
import org.enecg.signal.quality.QualityGrade;
import org.enecg.signal.quality.QualityReason;
import org.enecg.signal.quality.RecordQuality;
import org.junit.jupiter.api.Test;

/** The predictions file, column by column, on a hand-made prediction. */
class PredictionCsvTest {

    @Test
    void oneRowPerRecordWithQualityValuesClassesProbabilitiesAndGateWeights() {
        Task odd = Task.multiclass("shape", "shape", List.of("flat, wide", "Flat wide", "x"));
        List<Task> tasks = List.of(Tasks.AGE, Tasks.GENDER, odd);
        Map<String, Double> w = Map.of("a", 0.25, "b", 0.75);
        Prediction p = new Prediction("rec,1", new java.util.LinkedHashMap<>(Map.of(
                "age", new TaskOutput(61.23456789, new double[0], w),
                "gender", new TaskOutput(1, new double[] {0.1234564, 0.8765436}, w),
                "shape", new TaskOutput(0, new double[] {0.5, 0.25, 0.25}, w))));
        RecordQuality good = RecordQuality.of("rec,1", List.of(), null);
        RecordQuality poor = RecordQuality.of("zeros", List.of(QualityReason.record("no_usable_lead", QualityGrade.POOR, "every lead is flat"),
                QualityReason.lead("flat", "II", QualityGrade.ACCEPTABLE, "lead II is flat")), null);
        String csv = PredictionCsv.format(tasks, List.of("a", "b"), List.of(new RecordAnswer("rec,1", good, p), new RecordAnswer("zeros", poor, null)));
        String[] lines = csv.split("\n");
        assertEquals("record_id,quality,quality_reasons,age,gender,gender.class,gender.p.male,gender.p.female,shape,shape.class,shape.p.flat_wide,shape.p.1,shape.p.x,"
                + "gate.age.a,gate.age.b,gate.gender.a,gate.gender.b,gate.shape.a,gate.shape.b", lines[0]);
        assertEquals("\"rec,1\",good,,61.2346,1,female,0.123456,0.876544,0,\"flat, wide\",0.5,0.25,0.25,0.25,0.75,0.25,0.75,0.25,0.75", lines[1]);
        assertEquals("zeros,poor,no_usable_lead: every lead is flat | flat[II]: lead II is flat" + ",".repeat(16), lines[2],
                "a refused record keeps its row: quality and reasons, every task and gate cell empty");
        assertEquals(3, lines.length);
    }

    @Test
    void numbersAreReadable() {
        assertEquals("1045.95", PredictionCsv.number(1045.954321));
        assertEquals("0.000123457", PredictionCsv.number(0.0001234567));
        assertEquals("0", PredictionCsv.share(1.3e-30));
        assertEquals("1", PredictionCsv.share(0.9999999));
        assertEquals("0", PredictionCsv.share(-1e-12));
        assertEquals("", PredictionCsv.number(Double.NaN));
    }
}
