package org.enecg.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels written as WFDB header comments ({@code Record.comments()}: the lines without their {@code #}).
 * Every spelling found in PhysioNet data is read:
 * <ul>
 * <li>{@code Age: 74}, {@code  Age: 78}, {@code age: 81} (CinC, PTB): {@code Key: value}, any key;</li>
 * <li>{@code <age>: 51}, {@code <sex>: F} (LUDB), and several pairs on one line, {@code <age>: 25  <sex>: M
 *     <diagnoses>: (none)} (MIT-BIH style);</li>
 * <li>{@code 69 M 1085 1629 x1} (MIT-BIH Arrhythmia: age and sex first on the first comment line).</li>
 * </ul>
 * Keys are compared in lower case without angle brackets; a key given several times keeps every value, in order.
 * Lines without a colon (LUDB's free-text diagnoses such as "Left ventricular hypertrophy.") are kept under
 * the key {@code ""}.
 */
public final class HeaderLabels {
    private static final Pattern ANGLE_PAIR = Pattern.compile("<([^<>]+)>\\s*:\\s*(.*?)(?=\\s*<[^<>]+>\\s*:|$)");
    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z][A-Za-z0-9 _./()'-]*?)\\s*:\\s*(.*)$");
    private static final Pattern SUBJECT_EQUALS = Pattern.compile("^([A-Za-z][A-Za-z _-]*?)\\s*=\\s*(\\S.*)$");
    private static final Pattern MITBIH_AGE_SEX = Pattern.compile("^(\\d{1,3}|\\?+)\\s+([MFmf?])(\\s.*)?$");

    private final Map<String, List<String>> values;

    private HeaderLabels(Map<String, List<String>> values) { this.values = values; }

    /** Reads the labels of a record's header comments. */
    public static HeaderLabels parse(List<String> comments) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        boolean first = true;
        for (String raw : comments) {
            String line = raw.strip();
            while (line.startsWith("#")) line = line.substring(1).strip();
            if (line.isEmpty()) continue;
            if (line.indexOf('<') >= 0 && ANGLE_PAIR.matcher(line).find()) {
                Matcher a = ANGLE_PAIR.matcher(line);
                while (a.find()) put(m, a.group(1), a.group(2));
            } else {
                Matcher kv = KEY_VALUE.matcher(line);
                Matcher mb = MITBIH_AGE_SEX.matcher(line);
                if (first && mb.matches()) {
                    put(m, "age", mb.group(1));
                    put(m, "sex", mb.group(2));
                } else if (kv.matches()) {
                    put(m, kv.group(1), kv.group(2));
                } else {
                    put(m, "", line);
                }
            }
            first = false;
        }
        return new HeaderLabels(m);
    }

    private static void put(Map<String, List<String>> m, String key, String value) {
        m.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value.strip());
    }

    /** Keys in first-seen order (lower case). */
    public List<String> keys() { return List.copyOf(values.keySet()); }

    /** All values of a key (lower case, without angle brackets), in order. */
    public List<String> all(String key) {
        return Collections.unmodifiableList(values.getOrDefault(key.toLowerCase(Locale.ROOT), List.of()));
    }

    /** The first value of a key, or empty. */
    public String first(String key) {
        List<String> v = all(key);
        return v.isEmpty() ? "" : v.get(0);
    }

    /** The raw age text ({@code age}), or empty. */
    public String ageText() { return first("age"); }

    /** The raw sex text ({@code sex}, else {@code gender}), or empty. */
    public String sexText() {
        String s = first("sex");
        return s.isEmpty() ? first("gender") : s;
    }

    /**
     * The subject (patient) a record is from, when a comment names one: a key that reads {@code patient},
     * {@code patient id}, {@code subject} or {@code subject id} in any case and spacing ({@code # Patient ID: 123},
     * {@code # Subject: s7}, {@code # subject_id: 7}, {@code <subject>: 7}, also with {@code =} for {@code :}). Empty when
     * none does or its value means "not known".
     */
    public java.util.Optional<String> subjectId() {
        for (String key : values.keySet()) {
            if (isSubjectKey(key)) {
                String v = first(key);
                if (!isUnknown(v)) return java.util.Optional.of(v);
            }
        }
        for (String v : all("")) { // lines without a colon: "subject_id = 7"
            Matcher m = SUBJECT_EQUALS.matcher(v);
            if (m.matches() && isSubjectKey(m.group(1)) && !isUnknown(m.group(2))) return java.util.Optional.of(m.group(2).strip());
        }
        return java.util.Optional.empty();
    }

    /** Whether a comment key names the subject ({@code Patient ID}, {@code subject_id}, ...): compared on letters only. */
    public static boolean isSubjectKey(String key) {
        String k = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return k.equals("patient") || k.equals("patientid") || k.equals("subject") || k.equals("subjectid");
    }

    /** SNOMED-CT codes of {@code Dx} (comma separated), empty when there is none. */
    public List<String> dxCodes() {
        List<String> out = new ArrayList<>();
        for (String v : all("dx")) {
            for (String c : v.split(",")) if (!c.isBlank()) out.add(c.strip());
        }
        return out;
    }

    /** Text that means "not known": the label is missing, nothing is wrong with the file. */
    public static boolean isUnknown(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.equals("nan") || s.equals("na") || s.equals("n/a") || s.equals("unknown")
                || s.equals("none") || s.equals("(none)") || s.matches("\\?+");
    }

    /**
     * Age in years from its text: a number; {@code NaN}, {@code ??}, {@code unknown} are missing; {@code >89}
     * (LUDB's and MIMIC's way of hiding ages above 89) is read as 90. Other text is an error.
     */
    public static OptionalDouble age(String text) {
        if (isUnknown(text)) return OptionalDouble.empty();
        String s = text.strip();
        if (s.startsWith(">")) {
            double lower = parseAge(s.substring(1).strip(), text);
            return OptionalDouble.of(Math.floor(lower) + 1);
        }
        return OptionalDouble.of(parseAge(s, text));
    }

    private static double parseAge(String s, String original) {
        try {
            double a = Double.parseDouble(s);
            if (!(a >= 0 && a < 150)) throw new NumberFormatException();
            return a;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("age '" + original + "' is not a number of years");
        }
    }

    /** 0 male, 1 female; missing when unknown; other text is an error. */
    public static OptionalDouble gender(String text) {
        if (isUnknown(text)) return OptionalDouble.empty();
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "m": case "male": case "man": return OptionalDouble.of(0);
            case "f": case "female": case "woman": return OptionalDouble.of(1);
            default: throw new IllegalArgumentException("sex '" + text + "' is neither male nor female");
        }
    }

    /** Lower-case column name for a header key: runs of other characters than letters and digits become {@code _}. */
    public static String columnName(String key) {
        String s = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        s = s.replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "comment" : s;
    }

    @Override public String toString() { return values.toString(); }
}
