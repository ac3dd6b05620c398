/** Datasets: manifests (one row per record with labels), tasks, the report_label mapping, batch results. May import {@code io} and {@code signal}. */
package org.enecg.data;
