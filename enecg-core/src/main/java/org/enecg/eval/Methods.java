package org.enecg.eval;

/** Names of what is compared, as they appear in {@code report.json}. */
public final class Methods {
    /** EnECG: the gate over every expert's heads. */
    public static final String ENECG = "enecg";
    /** The uniform average of the expert-alone heads (regression values, classification logits). */
    public static final String UNIFORM = "uniform_average";
    /** The training folds' mean or majority class. */
    public static final String CONSTANT = "constant";
    private static final String ALONE = "expert_alone:";
    private static final String WITHOUT = "ensemble_without:";

    private Methods() {}

    public static String alone(String expert) { return ALONE + expert; }

    public static String without(String expert) { return WITHOUT + expert; }

    public static boolean isAlone(String method) { return method.startsWith(ALONE); }

    public static boolean isWithout(String method) { return method.startsWith(WITHOUT); }

    /** The expert named in an {@code expert_alone:} or {@code ensemble_without:} method. */
    public static String expertOf(String method) {
        if (isAlone(method)) return method.substring(ALONE.length());
        if (isWithout(method)) return method.substring(WITHOUT.length());
        throw new IllegalArgumentException(method + " names no expert");
    }
}
