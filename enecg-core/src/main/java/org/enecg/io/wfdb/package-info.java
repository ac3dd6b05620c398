/** WFDB files (header, signal formats, MATLAB v4 .mat, annotations, multi-segment records), read as the WFDB specification and wfdb-python define them. May import {@code io} only. */
package org.enecg.io.wfdb;
