package org.enecg.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The .npy reader against files NumPy wrote (see the README beside them), and the writer byte for byte. */
class NpyTest {

    static final Path DIR = Path.of("enecg-core/src/test/resources/org/enecg/cache/npy");

    @TempDir Path tmp;

    @Test
    void readsFloat32MatrixWrittenByNumpy() throws IOException {
        NpyArray a = Npy.read(DIR.resolve("f4_2x3.npy"));
        assertEquals("<f4", a.dtype());
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertArrayEquals(new float[] {1.5f, -2.25f, 3.0f, 4.0f, 1e-7f, -0.0f}, a.asFloats());
        assertArrayEquals(new float[] {4.0f, 1e-7f, -0.0f}, a.toMatrix()[1]);
    }

    @Test
    void readsFloat64IncludingSubnormals() throws IOException {
        NpyArray a = Npy.read(DIR.resolve("f8_4.npy"));
        assertEquals("<f8", a.dtype());
        assertArrayEquals(new double[] {Math.PI, -Math.E, 1e300, Double.MIN_VALUE}, a.asDoubles());
    }

    @Test
    void readsIntegerTypesAtTheirLimits() throws IOException {
        assertArrayEquals(new long[] {1, -2, Integer.MAX_VALUE, Integer.MIN_VALUE}, Npy.read(DIR.resolve("i4_2x2.npy")).asLongs());
        assertArrayEquals(new long[] {0, -1, 9007199254740993L}, Npy.read(DIR.resolve("i8_3.npy")).asLongs());
        assertArrayEquals(new long[] {0, 200, 255}, Npy.read(DIR.resolve("u1_3.npy")).asLongs());
        assertArrayEquals(new long[] {-32768, 32767}, Npy.read(DIR.resolve("i2_2.npy")).asLongs());
        assertArrayEquals(new long[] {1, 0, 1}, Npy.read(DIR.resolve("bool_3.npy")).asLongs());
    }

    @Test
    void readsBigEndianScalarEmptyAnd3d() throws IOException {
        assertArrayEquals(new float[] {1.0f, -2.5f, 3.25f}, Npy.read(DIR.resolve("f4_big_endian_3.npy")).asFloats());
        NpyArray scalar = Npy.read(DIR.resolve("f4_scalar.npy"));
        assertEquals(0, scalar.shape().length);
        assertArrayEquals(new float[] {7.5f}, scalar.asFloats());
        NpyArray empty = Npy.read(DIR.resolve("f4_empty_0x5.npy"));
        assertArrayEquals(new int[] {0, 5}, empty.shape());
        assertEquals(0, empty.toMatrix().length);
        NpyArray cube = Npy.read(DIR.resolve("f4_3d_2x3x4.npy"));
        assertArrayEquals(new int[] {2, 3, 4}, cube.shape());
        assertEquals(23f, cube.asFloats()[23]);
        assertEquals(6f, cube.asFloats()[1 * 4 + 2], "C order: element [0,1,2] is at 0*12 + 1*4 + 2");
    }

    @Test
    void readsFormatVersion2() throws IOException {
        assertArrayEquals(new float[] {1, 2, 3, 4}, Npy.read(DIR.resolve("f4_v2_2x2.npy")).asFloats());
    }

    @Test
    void writesTheSameBytesAsNumpy() throws IOException {
        Path out = tmp.resolve("w.npy");
        Npy.writeMatrix(out, new float[][] {{0.5f, -1f, 2f}, {3.5f, 4.25f, -5f}}, 3);
        assertArrayEquals(Files.readAllBytes(DIR.resolve("expected_written_f4_2x3.npy")), Files.readAllBytes(out));
    }

    @Test
    void refusesFortranOrderNamingTheFile() {
        Path f = DIR.resolve("f4_fortran_2x3.npy");
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.read(f));
        assertTrue(e.getMessage().contains("f4_fortran_2x3.npy") && e.getMessage().contains("Fortran"), e.getMessage());
    }

    @Test
    void refusesTruncatedData() throws IOException {
        byte[] good = Files.readAllBytes(DIR.resolve("f4_2x3.npy"));
        Path bad = tmp.resolve("truncated.npy");
        Files.write(bad, Arrays.copyOf(good, good.length - 3));
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.read(bad));
        assertTrue(e.getMessage().contains("truncated.npy") && e.getMessage().contains("needs 24"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotNpy() throws IOException {
        Path bad = tmp.resolve("text.npy");
        Files.writeString(bad, "hello, this is not numpy");
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.read(bad));
        assertTrue(e.getMessage().contains("text.npy") && e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void refusesUnsupportedDtype() throws IOException {
        Path bad = tmp.resolve("complex.npy");
        byte[] header = Npy.header("<c8", new int[] {1});
        byte[] bytes = Arrays.copyOf(header, header.length + 8);
        Files.write(bad, bytes);
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.read(bad));
        assertTrue(e.getMessage().contains("<c8"), e.getMessage());
    }

    @Test
    void writerRefusesIntegersThatDoNotFit() {
        NpyArray a = new NpyArray("|u1", new int[] {2}, null, null, new long[] {1, 256});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npy.write(tmp.resolve("u.npy"), a));
        assertTrue(e.getMessage().contains("256"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void roundTripsRandomArraysOfEveryWrittenType(long seed) throws IOException {
        Random rnd = new Random(seed);
        int rows = rnd.nextInt(50), cols = 1 + rnd.nextInt(70);
        float[] f = new float[rows * cols];
        double[] d = new double[rows * cols];
        long[] l = new long[rows * cols];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) rnd.nextGaussian();
            d[i] = rnd.nextGaussian() * 1e10;
            l[i] = rnd.nextLong();
        }
        for (NpyArray a : new NpyArray[] {NpyArray.ofFloats(f, rows, cols), NpyArray.ofDoubles(d, rows, cols),
                NpyArray.ofLongs(l, rows, cols)}) {
            Path p = tmp.resolve("rt-" + seed + "-" + a.dtype().substring(1) + ".npy");
            Npy.write(p, a);
            assertEquals(a, Npy.read(p));
            assertEquals(0, (Files.size(p) - (long) a.size() * (a.dtype().endsWith("4") ? 4 : 8)) % 64,
                    "data starts on a 64-byte boundary");
        }
    }

    @Test
    void writesVersion2WhenTheHeaderIsTooLongForVersion1() {
        int[] shape = new int[30000];
        Arrays.fill(shape, 1);
        byte[] h = Npy.header("<f4", shape);
        assertEquals(2, h[6]);
        assertEquals(0, h.length % 64);
    }

    /** Shapes whose rows cross the writer's 16,384-float buffer in every way: tiny rows, rows longer than it, none. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void streamedMatrixHasTheBytesOfTheFlatArray(long seed) throws IOException {
        Random rnd = new Random(seed);
        int[][] shapes = {{0, 5}, {3, 0}, {1 + rnd.nextInt(9000), 1 + rnd.nextInt(4)}, {1 + rnd.nextInt(8), 16_384 + rnd.nextInt(20_000)},
                {1 + rnd.nextInt(40), 1 + rnd.nextInt(1500)}, {5, 16_384}, {4, 4096}, {1 + rnd.nextInt(300), 5000}};
        int[] shape = shapes[(int) (seed - 1)];
        float[][] rows = new float[shape[0]][shape[1]];
        float[] flat = new float[shape[0] * shape[1]];
        float[] special = {Float.NaN, Float.intBitsToFloat(0x7fc0_1234), -0f, Float.POSITIVE_INFINITY, Float.MIN_VALUE};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < shape[1]; c++) {
                float v = rnd.nextInt(50) == 0 ? special[rnd.nextInt(special.length)] : (float) rnd.nextGaussian();
                rows[r][c] = v;
                flat[r * shape[1] + c] = v;
            }
        }
        Path streamed = tmp.resolve("s-" + seed + ".npy"), whole = tmp.resolve("w-" + seed + ".npy");
        Npy.writeMatrix(streamed, rows, shape[1]);
        Npy.write(whole, NpyArray.ofFloats(flat, shape[0], shape[1]));
        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(streamed));
    }

    @Test
    void streamedMatrixRefusesARowOfAnotherLength() {
        float[][] rows = {{1f, 2f}, {3f}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npy.writeMatrix(tmp.resolve("bad.npy"), rows, 2));
        assertTrue(e.getMessage().contains("row 1 has 1 values, expected 2"), e.getMessage());
        assertTrue(!Files.exists(tmp.resolve("bad.npy")), "nothing is written");
    }

    /**
     * A matrix of more than 2^31 - 1 values (the gate input of about 430,000 records) cannot be one Java array; the
     * streamed writer needs none. The rows share one array here, so the test holds 64 KiB, not 8 GiB.
     */
    @Test
    void streamsAMatrixLargerThanOneJavaArray() throws IOException {
        int cols = 1 << 16, n = (1 << 15) + 1;   // 2^31 + 2^16 values
        float[] row = new float[cols];
        row[cols - 1] = 1.5f;
        float[][] rows = new float[n][];
        Arrays.fill(rows, row);
        long[] count = {0};
        byte[][] last = {new byte[0]};
        java.io.OutputStream counting = new java.io.OutputStream() {
            @Override public void write(int b) { count[0]++; }
            @Override public void write(byte[] b, int off, int len) {
                count[0] += len;
                if (len >= 4) last[0] = Arrays.copyOfRange(b, off + len - 4, off + len);
            }
        };
        Npy.writeMatrixTo(counting, rows, cols);
        long header = Npy.header("<f4", new int[] {n, cols}).length;
        assertEquals(header + 4L * n * cols, count[0]);
        assertEquals(1.5f, java.nio.ByteBuffer.wrap(last[0]).order(java.nio.ByteOrder.LITTLE_ENDIAN).getFloat(), "last value, little-endian");
    }
}
