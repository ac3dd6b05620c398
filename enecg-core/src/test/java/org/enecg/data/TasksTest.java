package org.enecg.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TasksTest {

    private static Manifest manifest(String column, String... values) {
        List<ManifestRow> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            rows.add(new ManifestRow("r" + i, "s" + i, "p" + i, 500, 10, List.of("I"), Map.of(column, values[i])));
        }
        return Manifest.of(Path.of("."), rows);
    }

    @Test
    void paperTasksAreTheFiveOfDesignSection5() {
        List<Task> p = Tasks.paper();
        assertEquals(List.of("rr_interval", "age", "gender", "flag", "report_label"), p.stream().map(Task::name).toList());
        assertEquals("ms", Tasks.RR_INTERVAL.unit());
        assertEquals("years", Tasks.AGE.unit());
        assertEquals(List.of("male", "female"), Tasks.GENDER.classNames());
        assertEquals(15, Tasks.REPORT_LABEL.outputSize());
        assertEquals("sinus rhythm", Tasks.REPORT_LABEL.classNames().get(0));
        assertEquals("other", Tasks.REPORT_LABEL.classNames().get(14));
        assertEquals("ventricular pacing", Tasks.REPORT_LABEL.classNames().get(9));
    }

    @Test
    void multiclassColumnClassesAreTheSortedDistinctValues() {
        Manifest m = manifest("rhythm", "SR", "AF", "", "SB", "AF");
        Task t = Tasks.parse("rhythm:multiclass:rhythm", m);
        assertEquals(List.of("AF", "SB", "SR"), t.classNames());
        double[] y = TaskLabels.of(t, m);
        assertArrayEquals(new double[] {2, 0, Double.NaN, 1, 0}, y);
    }

    @Test
    void numericClassesSortNumerically() {
        Manifest m = manifest("grade", "10", "2", "1", "2");
        assertEquals(List.of("1", "2", "10"), Tasks.parse("g:multiclass:grade", m).classNames());
    }

    @Test
    void binaryColumnsTakeZeroOneOrTwoValues() {
        Task zeroOne = Tasks.parse("lvh:binary:lvh", manifest("lvh", "0", "1", "1", ""));
        assertEquals(List.of("0", "1"), zeroOne.classNames());
        Manifest mf = manifest("sex", "M", "F", "M");
        Task sex = Tasks.parse("sex:binary:sex", mf);
        assertEquals(List.of("F", "M"), sex.classNames());
        assertArrayEquals(new double[] {1, 0, 1}, TaskLabels.of(sex, mf));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tasks.parse("x:binary:x", manifest("x", "a", "b", "c")));
        assertTrue(e.getMessage().contains("3 distinct values"), e.getMessage());
    }

    @Test
    void regressionColumnMustBeNumeric() {
        Manifest m = manifest("qt", "400", "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tasks.parse("qt:regression:qt", m));
        assertTrue(e.getMessage().contains("record r1"), e.getMessage());
        Manifest ok = manifest("qt", "400", "");
        assertArrayEquals(new double[] {400, Double.NaN}, TaskLabels.of(Tasks.parse("qt:reg:qt", ok), ok));
    }

    @Test
    void unknownNamesAndColumnsAreNamed() {
        Manifest m = manifest("age", "3");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Tasks.parse("potassium", m)).getMessage().contains("unknown task 'potassium'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Tasks.parse("gender", m)).getMessage().contains("needs column 'gender'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Tasks.parse("a:regression:nope", m)).getMessage().contains("no column 'nope'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Tasks.parse("a:ordinal:age", m)).getMessage().contains("unknown task type"));
    }

    @Test
    void builtInClassCellsAreIndices() {
        Manifest m = manifest("report_label", "0", "14", "", "15");
        double[] first = new double[3];
        for (int i = 0; i < 3; i++) first[i] = TaskLabels.value(Tasks.REPORT_LABEL, m.rows().get(i));
        assertArrayEquals(new double[] {0, 14, Double.NaN}, first);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaskLabels.of(Tasks.REPORT_LABEL, m));
        assertTrue(e.getMessage().contains("record r3: report_label = '15'"), e.getMessage());
    }

    @Test
    void defaultsAreTheBuiltInsWhoseColumnsExist() {
        Manifest m = Manifest.of(Path.of("."), List.of(new ManifestRow("r", "s", "p", 500, 1, List.of(),
                Map.of("age", "1", "conduction_abnormality", "0", "other", "x"))));
        assertEquals(List.of(Tasks.AGE, Tasks.CONDUCTION_ABNORMALITY), Tasks.defaultsFor(m));
        assertEquals(List.of(Tasks.AGE, Tasks.CONDUCTION_ABNORMALITY), Tasks.parseList("age, conduction_abnormality", m));
    }
}
