package org.enecg.expert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoolingTest {

    @Test
    void meanAveragesEachOutput() {
        assertArrayEquals(new float[] {2, -1}, Pooling.MEAN.pool(new float[][] {{1, 0}, {3, -2}}));
    }

    @Test
    void meanAndFractionAddsTheShareOfItemsEachOutputWins() {
        float[][] beats = {{0.7f, 0.2f, 0.1f}, {0.1f, 0.8f, 0.1f}, {0.6f, 0.3f, 0.1f}, {0.5f, 0.4f, 0.1f}};
        assertArrayEquals(new float[] {0.475f, 0.425f, 0.1f, 0.75f, 0.25f, 0f},
                Pooling.MEAN_AND_FRACTION.pool(beats), 1e-6f);
        assertEquals(List.of("N", "S", "N_fraction", "S_fraction"), Pooling.MEAN_AND_FRACTION.outputNames(List.of("N", "S")));
    }

    @Test
    void refusesNothingToPool() {
        assertThrows(IllegalArgumentException.class, () -> Pooling.MEAN.pool(new float[0][]));
    }
}
