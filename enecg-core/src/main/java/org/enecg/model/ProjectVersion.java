package org.enecg.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The enecg version, from the jar's Maven metadata; {@code dev} when run from classes (tests, IDE). */
public final class ProjectVersion {
    private static final String VERSION = load();

    private ProjectVersion() {}

    public static String get() { return VERSION; }

    private static String load() {
        try (InputStream in = ProjectVersion.class.getResourceAsStream("/META-INF/maven/org.enecg/enecg/pom.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
