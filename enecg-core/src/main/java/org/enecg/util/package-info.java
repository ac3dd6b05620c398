/** Small general utilities that every stage may use (atomic file writes). Imports nothing else from the project. */
package org.enecg.util;
