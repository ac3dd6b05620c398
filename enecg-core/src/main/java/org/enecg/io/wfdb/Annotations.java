package org.enecg.io.wfdb;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The annotations of one file, in file order, with what the file says about itself: the time resolution
 * ({@code ## time resolution: F}) and custom annotation types it defines.
 *
 * @param file        the annotation file
 * @param list        annotations (definitions and not-QRS placeholders left out)
 * @param fs          the file's time resolution in Hz, if it states one
 * @param customTypes custom mnemonics by code, from the file's definitions
 */
public record Annotations(Path file, List<Annotation> list, OptionalDouble fs, Map<Integer, String> customTypes) {

    public Annotations {
        list = List.copyOf(list);
        customTypes = Map.copyOf(customTypes);
    }

    public int size() { return list.size(); }

    /** How many annotations have this symbol. */
    public int count(String symbol) {
        int n = 0;
        for (Annotation a : list) if (a.symbol().equals(symbol)) n++;
        return n;
    }

    /** Sample numbers of the annotations with this symbol, in file order. */
    public long[] samples(String symbol) {
        return list.stream().filter(a -> a.symbol().equals(symbol)).mapToLong(Annotation::sample).toArray();
    }
}
