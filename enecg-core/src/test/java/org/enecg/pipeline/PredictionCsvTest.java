package org.enecg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.enecg.data.Task;
import org.enecg.data.Tasks;
import org.enecg.model.Prediction;
import org.enecg.model.TaskOutput;
import org.junit.jupiter.api.Test;

/** The predictions file, column by column, on a hand-made prediction. */
class PredictionCsvTest {

    @Test
    void oneRowPerRecordWithValuesClassesProbabilitiesAndGateWeights() {
        Task odd = Task.multiclass("shape", "shape", List.of("flat, wide", "Flat wide", "x"));
        List<Task> tasks = List.of(Tasks.AGE, Tasks.GENDER, odd);
        Map<String, Double> w = Map.of("a", 0.25, "b", 0.75);
        Prediction p = new Prediction("rec,1", new java.util.LinkedHashMap<>(Map.of(
                "age", new TaskOutput(61.23456789, new double[0], w),
                "gender", new TaskOutput(1, new double[] {0.1234564, 0.8765436}, w),
                "shape", new TaskOutput(0, new double[] {0.5, 0.25, 0.25}, w))));
        String csv = PredictionCsv.format(tasks, List.of("a", "b"), List.of(p));
        String[] lines = csv.split("\n");
        assertEquals("record_id,age,gender,gender.class,gender.p.male,gender.p.female,shape,shape.class,shape.p.flat_wide,shape.p.1,shape.p.x,"
                + "gate.age.a,gate.age.b,gate.gender.a,gate.gender.b,gate.shape.a,gate.shape.b", lines[0]);
        assertEquals("\"rec,1\",61.2346,1,female,0.123456,0.876544,0,\"flat, wide\",0.5,0.25,0.25,0.25,0.75,0.25,0.75,0.25,0.75", lines[1]);
        assertEquals(2, lines.length);
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
