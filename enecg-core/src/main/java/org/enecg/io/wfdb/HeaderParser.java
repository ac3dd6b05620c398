package org.enecg.io.wfdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses WFDB header files (<a href="https://physionet.org/physiotools/wag/header-5.htm">header(5)</a>).
 * Fields are split on whitespace; each compound field has its own pattern, written out above it. Missing
 * fields take the values in {@link HeaderDefaults}; a field that is present but malformed is an error naming
 * the file, the line, the signal and the value.
 */
public final class HeaderParser {
    private HeaderParser() {}

    /** Record name with optional segment count: {@code NAME[/NSEG]}. */
    private static final Pattern NAME_FIELD = Pattern.compile("([-\\w.]+)(?:/(\\S*))?");

    /** Sampling frequency with optional counter frequency and base counter: {@code FS[/CF[(BASE)]]}. */
    private static final Pattern FS_FIELD = Pattern.compile("([^/()]+)(?:/([^/()]+)(?:\\(([^()]*)\\))?)?");

    /** Format with its modifiers: {@code FMT[xSPF][:SKEW][+OFFSET]}. */
    private static final Pattern FORMAT_FIELD = Pattern.compile("(\\d+)(?:x(\\d+))?(?::(\\d+))?(?:\\+(\\d+))?");

    /** Gain with optional baseline and units: {@code GAIN[(BASELINE)][/UNITS]}. */
    private static final Pattern GAIN_FIELD = Pattern.compile("([^(/]+)(?:\\(([^)]*)\\))?(?:/(.*))?");

    /** One whitespace-separated field, with its position (the description is the rest of the line). */
    private static final Pattern FIELD = Pattern.compile("\\S+");

    /** Reads and parses a header file. */
    public static WfdbHeader parse(Path headerFile) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(headerFile);
        } catch (NoSuchFileException e) {
            throw new WfdbFormatException(headerFile, "header file not found");
        }
        return parse(decode(bytes), headerFile);
    }

    /** Parses header text; {@code source} is used in messages and to locate the record's files. */
    public static WfdbHeader parse(String text, Path source) throws WfdbFormatException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<String> comments = new ArrayList<>();
        RecordLine record = null;
        List<SignalSpec> signals = new ArrayList<>();
        List<SegmentSpec> segments = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNo = i + 1;
            if (line.isEmpty()) continue;
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            if (record == null) {
                record = parseRecordLine(line, source, lineNo);
            } else if (record.isMultiSegment()) {
                if (segments.size() < record.nSegments()) segments.add(parseSegmentLine(line, source, lineNo));
            } else if (signals.size() < record.nSignals()) { // "Any extra signal specification lines are to be disregarded."
                signals.add(parseSignalLine(lines[i], source, lineNo, signals.size()));
            }
        }
        if (record == null) throw new WfdbFormatException(source, "no record line (the file is empty or only comments)");
        if (record.isMultiSegment() && segments.size() < record.nSegments()) {
            throw new WfdbFormatException(source, "record line declares " + record.nSegments()
                    + " segments but the header has " + segments.size() + " segment lines");
        }
        if (!record.isMultiSegment() && signals.size() < record.nSignals()) {
            throw new WfdbFormatException(source, "record line declares " + record.nSignals()
                    + " signals but the header has " + signals.size() + " signal lines");
        }
        return new WfdbHeader(source, record, signals, segments, comments);
    }

    /** Header text is meant to be UTF-8; stray bytes of other encodings are replaced rather than rejected. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen with REPLACE
        }
    }

    // Record line: NAME[/NSEG] NSIG [FS[/CF[(BASE)]] [NSAMP [BASETIME [BASEDATE]]]]
    private static RecordLine parseRecordLine(String line, Path src, int lineNo) throws WfdbFormatException {
        String[] f = line.split("\\s+");
        Matcher name = NAME_FIELD.matcher(f[0]);
        if (!name.matches()) throw err(src, lineNo, null, "record name '" + f[0] + "' is not NAME or NAME/SEGMENTS");
        int nSegments = 0;
        if (name.group(2) != null) {
            nSegments = parseInt(name.group(2), "number of segments", src, lineNo, null);
            if (nSegments <= 0) throw err(src, lineNo, null, "number of segments must be positive, found " + nSegments);
        }
        if (f.length < 2) throw err(src, lineNo, null, "record line has no number of signals");
        int nSignals = parseInt(f[1], "number of signals", src, lineNo, null);
        if (nSignals < 0) throw err(src, lineNo, null, "number of signals must not be negative, found " + nSignals);
        double fs = HeaderDefaults.SAMPLING_FREQUENCY;
        double counter = 0;
        double baseCounter = HeaderDefaults.BASE_COUNTER;
        boolean fsGiven = f.length > 2;
        if (fsGiven) {
            Matcher m = FS_FIELD.matcher(f[2]);
            if (!m.matches()) throw err(src, lineNo, null, "sampling frequency '" + f[2] + "' is not FS[/COUNTER[(BASE)]]");
            fs = parseDouble(m.group(1), "sampling frequency", src, lineNo, null);
            if (!(fs > 0) || Double.isInfinite(fs)) {
                throw err(src, lineNo, null, "sampling frequency must be positive, found '" + m.group(1) + "'");
            }
            if (m.group(2) != null) counter = parseDouble(m.group(2), "counter frequency", src, lineNo, null);
            if (m.group(3) != null && !m.group(3).isEmpty()) {
                baseCounter = parseDouble(m.group(3), "base counter value", src, lineNo, null);
            }
        }
        if (!(counter > 0)) counter = HeaderDefaults.counterFrequency(fs);
        long nSamples = HeaderDefaults.SAMPLES_UNSPECIFIED;
        if (f.length > 3) {
            nSamples = parseLong(f[3], "number of samples", src, lineNo, null);
            if (nSamples < 0) throw err(src, lineNo, null, "number of samples must not be negative, found " + nSamples);
        }
        String baseTime = f.length > 4 ? f[4] : null;
        String baseDate = f.length > 5 ? f[5] : null;
        return new RecordLine(name.group(1), nSegments, nSignals, fs, counter, baseCounter, nSamples, baseTime,
                baseDate, fsGiven);
    }

    // Segment line: NAME NSAMP   (NAME is ~ for a null segment)
    private static SegmentSpec parseSegmentLine(String line, Path src, int lineNo) throws WfdbFormatException {
        String[] f = line.split("\\s+");
        if (f.length < 2) throw err(src, lineNo, null, "segment line needs NAME and NUMBER-OF-SAMPLES, found '" + line + "'");
        long n = parseLong(f[1], "segment length", src, lineNo, "segment " + f[0]);
        if (n < 0) throw err(src, lineNo, null, "segment " + f[0] + " length must not be negative, found " + n);
        return new SegmentSpec(f[0], n, lineNo);
    }

    // Signal line: FILE FMT[xSPF][:SKEW][+OFFSET] [GAIN[(BASELINE)][/UNITS] [ADCRES [ADCZERO [INIT [CHECKSUM [BLOCKSIZE [DESCRIPTION]]]]]]]
    private static SignalSpec parseSignalLine(String rawLine, Path src, int lineNo, int index)
            throws WfdbFormatException {
        List<String> f = new ArrayList<>();
        int descriptionStart = -1;
        Matcher fm = FIELD.matcher(rawLine);
        while (fm.find()) {
            if (f.size() == 8) { descriptionStart = fm.start(); break; }
            f.add(fm.group());
        }
        String description = descriptionStart >= 0 ? rawLine.substring(descriptionStart).strip()
                : HeaderDefaults.description(index);
        String sig = descriptionStart >= 0 ? description : Integer.toString(index);
        if (f.size() < 2) throw err(src, lineNo, sig, "signal line needs at least FILE and FORMAT, found '" + rawLine.strip() + "'");

        Matcher fmt = FORMAT_FIELD.matcher(f.get(1));
        if (!fmt.matches()) {
            throw err(src, lineNo, sig, "format field '" + f.get(1) + "' is not FORMAT[xSAMPLES][:SKEW][+OFFSET]");
        }
        SignalFormat format = SignalFormat.ofCode(parseInt(fmt.group(1), "format", src, lineNo, sig), src, lineNo, sig);
        int spf = fmt.group(2) != null ? parseInt(fmt.group(2), "samples per frame", src, lineNo, sig)
                : HeaderDefaults.SAMPLES_PER_FRAME;
        if (spf < 1) throw err(src, lineNo, sig, "samples per frame must be at least 1, found " + spf);
        int skew = fmt.group(3) != null ? parseInt(fmt.group(3), "skew", src, lineNo, sig) : HeaderDefaults.SKEW;
        long byteOffset = fmt.group(4) != null ? parseLong(fmt.group(4), "byte offset", src, lineNo, sig)
                : HeaderDefaults.BYTE_OFFSET;

        double gain = HeaderDefaults.ADC_GAIN;
        boolean calibrated = false;
        Integer baseline = null;
        String units = HeaderDefaults.UNITS;
        if (f.size() > 2) {
            Matcher g = GAIN_FIELD.matcher(f.get(2));
            if (!g.matches()) throw err(src, lineNo, sig, "gain field '" + f.get(2) + "' is not GAIN[(BASELINE)][/UNITS]");
            double given = parseDouble(g.group(1), "adc gain", src, lineNo, sig);
            if (given < 0 || Double.isInfinite(given)) {
                throw err(src, lineNo, sig, "adc gain '" + g.group(1) + "' must be a non-negative number");
            }
            if (given > 0) { gain = given; calibrated = true; } // 0 means uncalibrated: the spec's 200 applies
            if (g.group(2) != null) baseline = parseInt(g.group(2), "baseline", src, lineNo, sig);
            if (g.group(3) != null && !g.group(3).isEmpty()) units = g.group(3);
        }
        int adcRes = f.size() > 3 ? parseInt(f.get(3), "adc resolution", src, lineNo, sig) : 0;
        if (adcRes < 0) throw err(src, lineNo, sig, "adc resolution must not be negative, found " + adcRes);
        if (adcRes == 0) adcRes = HeaderDefaults.adcResolution(format);
        int adcZero = f.size() > 4 ? parseInt(f.get(4), "adc zero", src, lineNo, sig) : HeaderDefaults.ADC_ZERO;
        int init = f.size() > 5 ? parseInt(f.get(5), "initial value", src, lineNo, sig) : HeaderDefaults.initValue(adcZero);
        OptionalInt checksum = f.size() > 6 ? OptionalInt.of(parseInt(f.get(6), "checksum", src, lineNo, sig))
                : OptionalInt.empty();
        int blockSize = f.size() > 7 ? parseInt(f.get(7), "block size", src, lineNo, sig) : HeaderDefaults.BLOCK_SIZE;
        if (baseline == null) baseline = HeaderDefaults.baseline(adcZero);
        return new SignalSpec(f.get(0), format, spf, skew, byteOffset, gain, baseline, units, adcRes, adcZero, init,
                checksum, blockSize, description, calibrated, lineNo);
    }

    private static WfdbFormatException err(Path src, int line, String sig, String problem) {
        return new WfdbFormatException(src, line, sig, problem, null);
    }

    private static int parseInt(String s, String field, Path src, int line, String sig) throws WfdbFormatException {
        try {
            return Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw err(src, line, sig, field + " '" + s + "' is not an integer");
        }
    }

    private static long parseLong(String s, String field, Path src, int line, String sig) throws WfdbFormatException {
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw err(src, line, sig, field + " '" + s + "' is not an integer");
        }
    }

    /** Numbers as scanf reads them: {@code 360}, {@code 360.}, {@code 3.6e2}; not NaN, not hexadecimal. */
    private static double parseDouble(String s, String field, Path src, int line, String sig) throws WfdbFormatException {
        if (s.isEmpty() || !s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            throw err(src, line, sig, field + " '" + s + "' is not a number");
        }
        return Double.parseDouble(s);
    }
}
