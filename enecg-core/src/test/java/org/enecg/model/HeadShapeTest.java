package org.enecg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing the {@code --alternative-head} text and the shape's effect on a configuration. */
class HeadShapeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FULL:64|FULL|64",
            "lora:256|LORA|256",
            "  Full:8  |FULL|8",
            "LORA 16|LORA|16",
            "full : 3|FULL|3"})
    void parsesAdaptationAndWidth(String text, Adaptation adaptation, int width) {
        HeadShape s = HeadShape.parse(text);
        assertEquals(new HeadShape(adaptation, width), s);
        assertEquals(adaptation + ":" + width, s.toString());
        assertEquals(s, HeadShape.parse(s.toString()), "toString is what parse reads (the model file stores it)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FULL", "64", "FULL:", "FULL:0", "FULL:-4", "FULL:x", "BIG:64", "FULL:64:2", "", "FULL:64.5"})
    void refusesOtherTextNamingItAndTheExpectedForm(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeadShape.parse(text));
        assertEquals("head shape '" + text + "' is not ADAPTATION:WIDTH with ADAPTATION LORA or FULL and a positive width (e.g. FULL:64)",
                e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void appliesItsAdaptationAndHeadWidthKeepingTheRest() {
        ModelConfig c = ModelConfig.projectDefaults().toBuilder().widths(256, 32).build();
        ModelConfig applied = new HeadShape(Adaptation.FULL, 64).applyTo(c);
        assertEquals(Adaptation.FULL, applied.adaptation());
        assertEquals(64, applied.headHidden());
        assertEquals(32, applied.gateHidden(), "the gate's width is not the head's");
        assertEquals(c.toBuilder().adaptation(Adaptation.FULL).widths(64, 32).build(), applied);
        assertEquals(new HeadShape(Adaptation.LORA, 256), HeadShape.of(c));
        assertThrows(IllegalArgumentException.class, () -> new HeadShape(Adaptation.LORA, 0));
    }
}
