package org.enecg.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.enecg.testing.SyntheticData;
import org.enecg.train.TrainingData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectKFoldTest {

    static TrainingData data(int n, int perSubject) {
        return SyntheticData.make(n, List.of(SyntheticData.ExpertSpec.noise("a", 2)), 3, List.of(SyntheticData.AGE), 0, perSubject, 1);
    }

    /** One record per subject: the first n mod k folds get ⌈n/k⌉ records, the others ⌊n/k⌋. */
    @ParameterizedTest(name = "n={0} k={1}")
    @CsvSource({"320, 3", "10, 3", "11, 5", "6, 2", "7, 7"})
    void foldSizesAreExactWithOneRecordPerSubject(int n, int k) {
        List<SubjectKFold.Fold> folds = new SubjectKFold(k, 42).split(data(n, 1));
        assertEquals(k, folds.size());
        for (int f = 0; f < k; f++) {
            int expected = n / k + (f < n % k ? 1 : 0);
            assertEquals(expected, folds.get(f).testRows().length, "fold " + f);
            assertEquals(n - expected, folds.get(f).trainRows().length);
        }
    }

    @Test
    void noSubjectIsInTwoFoldsAndEveryRowIsTestedOnce() {
        TrainingData d = data(100, 3); // subjects of 3 records (the last has 1)
        List<SubjectKFold.Fold> folds = new SubjectKFold(4, 7).split(d);
        Set<Integer> tested = new HashSet<>();
        for (SubjectKFold.Fold f : folds) {
            Set<String> testSubjects = new HashSet<>();
            for (int r : f.testRows()) {
                assertTrue(tested.add(r), "row " + r + " tested twice");
                testSubjects.add(d.subjectOf(r));
            }
            for (int r : f.trainRows()) assertTrue(!testSubjects.contains(d.subjectOf(r)), "subject in train and test of fold " + f.index());
            assertTrue(f.testRows().length >= 24 && f.testRows().length <= 27, "sizes differ by at most one subject: " + f.testRows().length);
        }
        assertEquals(100, tested.size());
    }

    @Test
    void deterministicForASeedAndDifferentForAnother() {
        List<SubjectKFold.Fold> a = new SubjectKFold(3, 42).split(data(60, 1));
        List<SubjectKFold.Fold> b = new SubjectKFold(3, 42).split(data(60, 1));
        List<SubjectKFold.Fold> c = new SubjectKFold(3, 43).split(data(60, 1));
        for (int f = 0; f < 3; f++) assertArrayEquals(a.get(f).testRows(), b.get(f).testRows());
        boolean differs = false;
        for (int f = 0; f < 3; f++) differs |= !java.util.Arrays.equals(a.get(f).testRows(), c.get(f).testRows());
        assertTrue(differs);
    }

    @Test
    void rejectsTooFewFoldsOrSubjects() {
        assertEquals("folds must be at least 2, found 1", assertThrows(IllegalArgumentException.class, () -> new SubjectKFold(1, 0)).getMessage());
        assertEquals("3 folds need at least 3 subjects, found 2",
                assertThrows(IllegalArgumentException.class, () -> new SubjectKFold(3, 0).split(data(4, 2))).getMessage());
    }
}
