package org.enecg.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public database a record comes from, recognised from its manifest row, and matched against the
 * {@code training_data} lists of model cards: a record whose database no expert was trained on is one that no expert
 * can have memorised (DESIGN.md section 6; issue 7).
 *
 * <p>Recognition: a path segment naming the database ({@code ludb/...}, {@code mitdb/...}); a MIMIC-IV-ECG
 * {@code files/pNNNN/...} path; or, for PhysioNet/CinC Challenge 2020/2021 records, the Challenge's record-name
 * prefix (A: CPSC2018, Q: CPSC2018-Extra, I: INCART, S: PTB, HR: PTB-XL, E: Georgia, JS: Chapman-Shaoxing up to
 * JS10646 and Ningbo after it). A row matching nothing has no known source, and is never counted as unseen.
 */
public enum SourceDataset {
    LUDB("LUDB", "Lobachevsky University Electrocardiography Database"),
    CPSC2018("CPSC2018", "CPSC 2018", "China Physiological Signal Challenge 2018"),
    CPSC2018_EXTRA("CPSC2018-Extra", "CPSC-Extra", "CPSC 2018 Extra"),
    INCART("INCART", "St Petersburg INCART 12-lead Arrhythmia Database", "INCARTDB"),
    PTB("PTB", "PTB Diagnostic ECG Database", "PTBDB"),
    PTB_XL("PTB-XL", "PTBXL"),
    GEORGIA("Georgia", "G12EC", "Georgia 12-lead ECG Challenge Database"),
    CHAPMAN_SHAOXING("Chapman-Shaoxing", "Chapman", "Shaoxing"),
    NINGBO("Ningbo", "Ningbo First Hospital"),
    MIT_BIH("MIT-BIH Arrhythmia Database", "MIT-BIH", "MITDB", "MIT-BIH Arrhythmia"),
    SVDB("MIT-BIH Supraventricular Arrhythmia Database", "SVDB"),
    MIMIC_IV_ECG("MIMIC-IV-ECG", "MIMIC-IV", "MIMIC IV ECG");

    /** Folder names that identify a database wherever they appear in a record's path. */
    private static final List<Object[]> FOLDERS = List.of(
            new Object[] {"ludb", LUDB}, new Object[] {"mitdb", MIT_BIH}, new Object[] {"svdb", SVDB},
            new Object[] {"incartdb", INCART}, new Object[] {"ptbdb", PTB}, new Object[] {"ptb-xl", PTB_XL},
            new Object[] {"ptbxl", PTB_XL}, new Object[] {"mimic-iv-ecg", MIMIC_IV_ECG});
    private static final Pattern CINC = Pattern.compile("(A|Q|I|S|HR|E|JS)(\\d+)");
    private static final Pattern MIMIC = Pattern.compile("(^|/)files/p\\d{4}/p\\d+/s\\d+/");
    /** First Ningbo record of the Challenge 2021 data (Chapman-Shaoxing is JS00001-JS10646). */
    private static final int FIRST_NINGBO = 10647;

    private final String displayName;
    private final List<String> aliases;

    SourceDataset(String displayName, String... aliases) {
        this.displayName = displayName;
        List<String> all = new ArrayList<>();
        all.add(norm(displayName));
        for (String a : aliases) all.add(norm(a));
        this.aliases = List.copyOf(all);
    }

    /** The database's usual name. */
    public String displayName() { return displayName; }

    /** The database a manifest row comes from, if it can be told. */
    public static Optional<SourceDataset> of(ManifestRow row) {
        String path = row.path().replace('\\', '/');
        String id = row.recordId().replace('\\', '/');
        for (String where : List.of(path, id)) {
            for (String segment : where.toLowerCase(Locale.ROOT).split("/")) {
                for (Object[] f : FOLDERS) if (segment.equals(f[0])) return Optional.of((SourceDataset) f[1]);
            }
        }
        if (MIMIC.matcher(path).find()) return Optional.of(MIMIC_IV_ECG);
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.endsWith(".hea")) name = name.substring(0, name.length() - 4);
        Matcher m = CINC.matcher(name);
        if (!m.matches()) return Optional.empty();
        return Optional.of(switch (m.group(1)) {
            case "A" -> CPSC2018;
            case "Q" -> CPSC2018_EXTRA;
            case "I" -> INCART;
            case "S" -> PTB;
            case "HR" -> PTB_XL;
            case "E" -> GEORGIA;
            default -> Integer.parseInt(m.group(2)) < FIRST_NINGBO ? CHAPMAN_SHAOXING : NINGBO;
        });
    }

    /**
     * Whether a model card's {@code training_data} entry names this database. The entry is compared by name after
     * dropping remarks in parentheses and a challenge prefix ({@code "CinC 2020: Georgia (G12EC)"} names Georgia;
     * {@code "PTB-XL (inferred ...)"} names PTB-XL, not PTB). An entry naming a whole challenge ({@code "CinC 2020"},
     * {@code "PhysioNet/CinC Challenge 2021"}) names every database of it.
     */
    public boolean namedBy(String entry) {
        String e = entry.replaceAll("\\([^)]*\\)", " ");
        String challenge = e.contains(":") ? e.substring(0, e.indexOf(':')) : e;
        if (e.contains(":")) e = e.substring(e.indexOf(':') + 1);
        String n = norm(e);
        if (aliases.contains(n)) return true;
        if (!e.equals(challenge)) return false;
        int year = challengeYear(challenge);
        return year == 2020 ? inChallenge2020() : year == 2021 && inChallenge2021();
    }

    /** Whether any entry of a {@code training_data} list names this database. */
    public boolean namedByAny(List<String> entries) {
        for (String e : entries) if (namedBy(e)) return true;
        return false;
    }

    /** Whether an entry names any database this class knows (to report entries it cannot interpret). */
    public static boolean recognised(String entry) {
        for (SourceDataset s : values()) if (s.namedBy(entry)) return true;
        return false;
    }

    private boolean inChallenge2020() {
        return switch (this) {
            case CPSC2018, CPSC2018_EXTRA, INCART, PTB, PTB_XL, GEORGIA -> true;
            default -> false;
        };
    }

    private boolean inChallenge2021() { return inChallenge2020() || this == CHAPMAN_SHAOXING || this == NINGBO; }

    /** 2020 or 2021 for a PhysioNet/CinC Challenge name, else 0. */
    private static int challengeYear(String s) {
        String n = norm(s);
        if (!n.contains("cinc") && !n.contains("challenge")) return 0;
        if (n.contains("2021")) return 2021;
        return n.contains("2020") ? 2020 : 0;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
