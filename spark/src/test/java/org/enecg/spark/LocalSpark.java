package org.enecg.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The tests' Spark: {@code local[2,2]} (two task slots; a failed task is tried twice, which local mode otherwise
 * does not do), one context for every test class of the run (a JVM holds one), stopped when the JVM exits.
 */
final class LocalSpark {

    private static JavaSparkContext context;

    private LocalSpark() {}

    static synchronized JavaSparkContext context() {
        if (context == null) {
            SparkConf conf = new SparkConf().setAppName("enecg-spark tests").setMaster("local[2,2]")
                    .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
                    .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
            context = new JavaSparkContext(conf);
            JavaSparkContext sc = context;
            Runtime.getRuntime().addShutdownHook(new Thread(sc::stop));
        }
        return context;
    }
}
