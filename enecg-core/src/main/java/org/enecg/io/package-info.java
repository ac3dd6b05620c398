/** Stage 1 of the data flow: {@code Record} and {@code Lead}, the ECG as the system sees it (mV, one fs), and atomic file writes. Imports nothing else from the project. */
package org.enecg.io;
