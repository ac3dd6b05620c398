package org.enecg.expert.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped parameter files are exactly what their writers produce, and bad files are refused by name. */
class ParameterFileTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ParameterFileTest.class.getResourceAsStream("/org/enecg/expert/builtin/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void shippedDLinearWeightsRewriteByteForByte() throws IOException {
        byte[] shipped = resource("dlinear.json");
        DLinearFile f = DLinearFile.read(new ByteArrayInputStream(shipped), "dlinear.json");
        assertArrayEquals(shipped, f.toBytes());
    }

    @Test
    void shippedMiniRocketParametersRewriteByteForByte() throws IOException {
        byte[] shipped = resource("minirocket.json");
        MiniRocketFile f = MiniRocketFile.read(new ByteArrayInputStream(shipped), "minirocket.json");
        assertArrayEquals(shipped, f.toBytes());
    }

    private static IOException refused(String json) {
        return assertThrows(IOException.class,
                () -> DLinearFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "w.json"));
    }

    @Test
    void badFilesAreRefusedNamingFileAndField() {
        assertTrue(refused("{not json").getMessage().startsWith("w.json: not a DLinear weights file (JSON)"));
        assertEquals("w.json: not a DLinear weights file (no JSON object)", refused("[1, 2]").getMessage());
        assertEquals("w.json: field 'format' is 'enecg-minirocket/1', expected 'enecg-dlinear/1'",
                refused("{\"format\": \"enecg-minirocket/1\"}").getMessage());
        assertEquals("w.json: field 'seq_len' is missing or not an integer", refused("{\"format\": \"enecg-dlinear/1\"}").getMessage());
        assertEquals("w.json: field 'seasonal_weight' element 1 is not a number",
                refused("{\"format\": \"enecg-dlinear/1\", \"seq_len\": 2, \"kernel\": 3, \"seasonal_weight\": [1, \"x\"]}").getMessage());
    }
}
