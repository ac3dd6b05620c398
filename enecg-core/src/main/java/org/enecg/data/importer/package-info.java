/** Importers that build manifests from WFDB trees, LUDB, CinC, MIMIC-IV-ECG, JSON-lines files and beat-annotated long records. May import {@code io}, {@code signal}, {@code data}. */
package org.enecg.data.importer;
