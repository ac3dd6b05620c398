package org.enecg.io.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MIT-format annotation files (<a href="https://physionet.org/physiotools/wag/annot-5.htm">annot(5)</a>):
 * {@code 100.atr}, LUDB's per-lead {@code 1.i}, {@code 1.ii}, ...
 *
 * <p>The file is a sequence of 16-bit little-endian words: the top 6 bits {@code A} are a code, the low 10 bits
 * {@code I} its argument. {@code A} 1-49 is an annotation {@code I} samples after the previous one; {@code A} 0
 * with {@code I} 0 ends the file. The other words modify the annotation just read or the time:
 * {@code SKIP} (59, a 32-bit interval follows, high half first), {@code NUM} (60), {@code SUB} (61),
 * {@code CHN} (62), {@code AUX} (63, {@code I} bytes of text follow, padded to even). {@code num} and
 * {@code chan} carry over to later annotations; {@code subtyp} and aux do not. Annotations at sample 0 whose aux
 * starts with {@code ##} are the file's definitions (time resolution, custom types) and are not returned, nor
 * are code-0 placeholders, as in rdann.
 */
public final class AnnotationReader {
    private AnnotationReader() {}

    private static final int SKIP = 59, NUM = 60, SUB = 61, CHN = 62, AUX = 63, NOTE = 22;
    private static final Pattern RESOLUTION = Pattern.compile("## time resolution: *([0-9.eE+-]+)");
    private static final Pattern CUSTOM_TYPE = Pattern.compile("(\\d+) +(\\S+)(?: +(.*))?");

    public static Annotations read(Path file) throws IOException {
        byte[] b;
        try {
            b = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new WfdbFormatException(file, "annotation file not found");
        }
        if (b.length % 2 != 0) {
            throw new WfdbFormatException(file, "odd length (" + b.length + " bytes): MIT annotation files are 16-bit words; truncated?");
        }
        List<long[]> raw = new ArrayList<>();       // sample, code, subtype, chan, num
        List<String> aux = new ArrayList<>();
        long time = 0;
        int chan = 0, num = 0;
        boolean ended = false;
        int p = 0;
        while (p + 1 < b.length) {
            int w = (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
            int a = w >>> 10, i = w & 0x3ff;
            p += 2;
            if (a == 0 && i == 0) { ended = true; break; }
            long[] last = raw.isEmpty() ? null : raw.get(raw.size() - 1);
            switch (a) {
                case SKIP: {
                    if (p + 4 > b.length) throw truncated(file, p, "SKIP interval");
                    int hi = (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
                    int lo = (b[p + 2] & 0xff) | (b[p + 3] & 0xff) << 8;
                    time += (hi << 16) | lo; // a signed 32-bit interval, high half first (PDP-11 order)
                    p += 4;
                    break;
                }
                case NUM: num = (byte) i; if (last != null) last[4] = num; break;
                case SUB: if (last != null) last[2] = (byte) i; break;
                case CHN: chan = i & 0xff; if (last != null) last[3] = chan; break;
                case AUX: {
                    if (p + i > b.length) throw truncated(file, p, "aux text of " + i + " bytes");
                    int len = i;
                    while (len > 0 && b[p + len - 1] == 0) len--; // a C string: trailing NULs are padding
                    if (last != null) aux.set(aux.size() - 1, new String(b, p, len, StandardCharsets.ISO_8859_1));
                    p += i + (i & 1);
                    break;
                }
                default: // an annotation: A is its code, I the samples since the previous one
                    time += i;
                    raw.add(new long[] {time, a, 0, chan, num});
                    aux.add("");
            }
        }
        if (!ended) throw new WfdbFormatException(file, "no end-of-file word after " + raw.size() + " annotations; the file is truncated");
        return assemble(file, raw, aux);
    }

    private static WfdbFormatException truncated(Path file, int at, String what) {
        return new WfdbFormatException(file, "truncated at byte " + at + ": the " + what + " runs past the end of the file");
    }

    private static Annotations assemble(Path file, List<long[]> raw, List<String> aux) {
        OptionalDouble fs = OptionalDouble.empty();
        Map<Integer, String> custom = new HashMap<>();
        List<Annotation> out = new ArrayList<>(raw.size());
        boolean inDefinitions = false;
        for (int k = 0; k < raw.size(); k++) {
            long[] r = raw.get(k);
            String text = aux.get(k);
            int code = (int) r[1];
            if (r[0] == 0 && code == NOTE && (text.startsWith("##") || inDefinitions)) { // the file describing itself
                Matcher m = RESOLUTION.matcher(text);
                if (m.lookingAt()) fs = OptionalDouble.of(Double.parseDouble(m.group(1)));
                else if (text.startsWith("## annotation type definitions")) inDefinitions = true;
                else if (text.startsWith("## end of definitions")) inDefinitions = false;
                else if (inDefinitions) {
                    Matcher c = CUSTOM_TYPE.matcher(text.strip());
                    if (c.matches()) custom.put(Integer.parseInt(c.group(1)), c.group(2));
                }
                continue;
            }
            if (code == 0) continue; // not-QRS placeholder: moves the time, is not an annotation
            String symbol = custom.getOrDefault(code, AnnotationCodes.symbol(code));
            out.add(new Annotation(r[0], code, symbol, (int) r[2], (int) r[3], (int) r[4], text));
        }
        return new Annotations(file, out, fs, custom);
    }
}
