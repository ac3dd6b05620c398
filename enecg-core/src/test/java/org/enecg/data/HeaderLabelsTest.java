package org.enecg.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderLabelsTest {

    @Test
    void readsCincSpellings() {
        HeaderLabels a = HeaderLabels.parse(List.of("Age: 74", "Sex: Male", "Dx: 59118001", "Rx: Unknown"));
        assertEquals("74", a.ageText());
        assertEquals("Male", a.sexText());
        assertEquals(List.of("59118001"), a.dxCodes());
        assertEquals("Unknown", a.first("Rx"));
        HeaderLabels b = HeaderLabels.parse(List.of(" Age: 78", " Sex: Male", " Dx: 67741000119109,426177001"));
        assertEquals("78", b.ageText());
        assertEquals(List.of("67741000119109", "426177001"), b.dxCodes());
    }

    @Test
    void readsLudbSpellingsAndKeepsFreeText() {
        HeaderLabels h = HeaderLabels.parse(List.of("<age>: 51", "<sex>: F", "<diagnoses>:",
                "Rhythm: Sinus bradycardia.", "Electric axis of the heart: left axis deviation. ",
                "Left ventricular hypertrophy. ", "Left ventricular overload. "));
        assertEquals("51", h.ageText());
        assertEquals("F", h.sexText());
        assertEquals("", h.first("diagnoses"));
        assertEquals("Sinus bradycardia.", h.first("rhythm"));
        assertEquals(List.of("Left ventricular hypertrophy.", "Left ventricular overload."), h.all(""));
    }

    @Test
    void readsSeveralAnglePairsOnOneLineAndMitBihAgeSex() {
        HeaderLabels h = HeaderLabels.parse(List.of("<age>: 25  <sex>: M  <diagnoses>: (none)  <medications>: (none)"));
        assertEquals("25", h.ageText());
        assertEquals("M", h.sexText());
        assertEquals("(none)", h.first("medications"));
        HeaderLabels mit = HeaderLabels.parse(List.of("69 M 1085 1629 x1", "Aldomet, Inderal"));
        assertEquals("69", mit.ageText());
        assertEquals("M", mit.sexText());
        HeaderLabels q = HeaderLabels.parse(List.of("<age>: ?? <sex>: ?"));
        assertTrue(HeaderLabels.age(q.ageText()).isEmpty());
        assertTrue(HeaderLabels.gender(q.sexText()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"74,74", "NaN,", "??,", "'',", ">89,90", "unknown,", "5.5,5.5"})
    void agesFromText(String text, Double expected) {
        OptionalDouble a = HeaderLabels.age(text);
        if (expected == null) assertTrue(a.isEmpty(), text);
        else assertEquals(expected, a.getAsDouble(), 0.0, text);
    }

    @Test
    void badAgeAndSexAreErrorsNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeaderLabels.age("seventy"));
        assertTrue(e.getMessage().contains("'seventy'"));
        assertThrows(IllegalArgumentException.class, () -> HeaderLabels.age("-3"));
        e = assertThrows(IllegalArgumentException.class, () -> HeaderLabels.gender("X"));
        assertTrue(e.getMessage().contains("'X'"));
    }

    @ParameterizedTest
    @CsvSource({"M,0", "Male,0", "male,0", "F,1", "Female,1", "female,1"})
    void genderCodes(String text, double expected) {
        assertEquals(expected, HeaderLabels.gender(text).getAsDouble());
    }

    @Test
    void columnNamesAreTidy() {
        assertEquals("electric_axis_of_the_heart", HeaderLabels.columnName("Electric axis of the heart"));
        assertEquals("undefined_ischemia_scar_supp_nstemi", HeaderLabels.columnName("undefined ischemia/scar/supp.NSTEMI"));
        assertEquals("comment", HeaderLabels.columnName(""));
    }
}
