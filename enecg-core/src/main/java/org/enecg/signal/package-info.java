/** Signal processing on {@code float[]} plus a sampling rate: resampling, filters, normalisation, QRS detection, RR and interval measurements. No I/O, no shared state; imports nothing else from the project. */
package org.enecg.signal;
