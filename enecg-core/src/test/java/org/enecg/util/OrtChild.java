package org.enecg.util;

import ai.onnxruntime.OrtEnvironment;

/**
 * A child JVM for {@link OrtTempFoldersTest}: loads ONNX Runtime (which extracts its libraries into java.io.tmpdir),
 * then either runs the command line's {@code main} (whose exit removes the folder) or waits to be killed.
 */
public final class OrtChild {
    private OrtChild() {}

    public static void main(String[] args) throws Exception {
        OrtEnvironment.getEnvironment();
        if (args[0].equals("exit")) {
            org.enecg.cli.EnecgCommand.main(new String[] {"--version"});
        } else {
            System.out.println("loaded");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
