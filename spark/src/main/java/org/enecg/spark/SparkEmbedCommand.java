package org.enecg.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.enecg.cache.ExpertRegistry;
import org.enecg.cli.EmbedOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enecg-spark embed}: {@code enecg embed} with the records spread over a Spark cluster. */
@Command(name = "embed", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Run frozen experts over a dataset on Apache Spark into the embedding cache that 'enecg embed' fills.",
        description = {"Takes the options of 'enecg embed'; records are spread over partitions, each executor opens the"
                + " experts once, and each partition's rows become one part per expert in --cache (a folder every"
                + " executor can write: local, or a shared mount). Records already in the cache are not sent.",
                "--data may also be a manifest behind a Hadoop URI (hdfs://, s3a://, file:); its records are fetched"
                + " by the executors. The summary goes to stdout."})
public final class SparkEmbedCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin EmbedOptions options;

    @Option(names = "--master", paramLabel = "<url>",
            description = "Spark master (local[2], spark://host:7077, yarn, k8s://...); default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--partitions", paramLabel = "<n>", description = "Partitions of the records (0: four per task slot, at most ~1,000 records each).")
    int partitions = 0;

    @Option(names = "--executor-home", paramLabel = "<dir>",
            description = "The installation (holding models/) as executors see it; default: this installation.")
    Path executorHome;

    @Option(names = "--no-compact", description = "Leave one part per partition instead of merging each expert's parts"
            + " (the next 'enecg embed' merges them).")
    boolean noCompact;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path home = EnecgSpark.home();
        ExpertRegistry registry = ExpertRegistry.standard(home);
        if (options.list()) {
            for (String n : registry.names()) out.println(n + (registry.card(n) != null ? "\t" + registry.card(n) : "\tbuilt-in"));
            out.flush();
            return 0;
        }
        SparkConf conf = new SparkConf().setAppName("enecg embed");
        if (master != null) conf.setMaster(master);
        conf.setIfMissing("spark.master", "local[*]");
        if (!options.progress()) conf.set("spark.ui.showConsoleProgress", "false");
        List<String> names = options.expertNames(registry);
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Path scratch = JobRecords.scratch();
            JobRecords records;
            try {
                records = JobRecords.load(options, sc.hadoopConfiguration(), scratch);
            } finally {
                PartitionEmbedder.deleteTree(scratch);
            }
            SparkEmbed.Request request = new SparkEmbed.Request(home.toAbsolutePath().normalize(),
                    executorHome != null ? executorHome : home.toAbsolutePath().normalize(), names, options.gate(),
                    options.cache(), partitions, !noCompact, -1);
            SparkEmbed.Result r = SparkEmbed.run(sc, records, request);
            List<String> experts = new ArrayList<>(names);
            if (options.gate()) experts.add("gate-input");
            out.printf("experts: %s%n", String.join(", ", experts));
            out.printf("cache:   %s%n", options.cache());
            out.printf("spark:   %s, %d record(s) sent in %d partition(s)%n", sc.master(), r.sent(), r.partitions());
            out.print(r.summary().report());
            for (String k : records.importSkipped()) out.println("skipped at import " + k);
            out.flush();
            return r.summary().ok() == 0 && r.summary().records() > 0 ? 1 : 0;
        }
    }
}
