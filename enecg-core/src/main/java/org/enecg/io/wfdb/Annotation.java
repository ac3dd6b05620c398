package org.enecg.io.wfdb;

/**
 * One annotation of an MIT-format annotation file.
 *
 * @param sample  sample number (frame) from the beginning of the record
 * @param code    annotation type code (1-49, see {@link AnnotationCodes})
 * @param symbol  the code's mnemonic, e.g. {@code N}, {@code (}, {@code +}; custom ones if the file defines them
 * @param subtype the {@code subtyp} field (signed 8-bit), 0 unless given
 * @param channel the {@code chan} field (0-255); carries over from the previous annotation unless given
 * @param number  the {@code num} field (signed 8-bit); carries over from the previous annotation unless given
 * @param aux     auxiliary text (e.g. a rhythm {@code (N}), empty if none; trailing NULs removed
 */
public record Annotation(long sample, int code, String symbol, int subtype, int channel, int number, String aux) {}
