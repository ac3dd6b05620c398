package org.enecg.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One data row of a CSV file with a header: cells by column name, plus where the row starts in the file so
 * that errors can name the file and the line.
 *
 * @param file   the CSV file
 * @param line   1-based line on which the row starts (a quoted cell may span several lines)
 * @param cells  the row's cells, in file order (a short row is padded with empty cells)
 * @param index  column name to cell position, shared by all rows of one file
 */
public record CsvRow(Path file, int line, List<String> cells, Map<String, Integer> index) {

    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** The cell of {@code column}, trimmed; empty when the column is absent or the cell is empty. */
    public String get(String column) {
        Integer i = index.get(column);
        if (i == null || i >= cells.size()) return "";
        return cells.get(i).trim();
    }

    public boolean has(String column) { return index.containsKey(column); }

    /** "file line N" for messages. */
    public String where() { return file + " line " + line; }
}
