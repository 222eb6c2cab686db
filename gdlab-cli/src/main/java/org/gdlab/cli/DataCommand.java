package org.gdlab.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataFile;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.data.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gdlab data}: loads a data set the way {@code gdlab train} does and shows what was found. */
@Command(name = "data", header = "Load a data set as training would and describe it.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Load a data set as training would (find it, read it, split it, subtract the training mean) "
                + "and print its files with their SHA-256, the split sizes, the examples per class and the load time."})
final class DataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "SOURCE",
            description = "fashion-mnist, mnist, cifar10 (found in $GDLAB_DATA/NAME, ~/.gdlab/data/NAME or "
                    + "/usr/share/datasets/NAME), NAME:DIR, or npy:X,Y[,X_TEST,Y_TEST] (.npy or .csv files).")
    String data;

    @Mixin
    DataSplitOptions split;

    @Option(names = "--json", description = "Print the provenance, class counts and load time as JSON.")
    boolean json;

    @Override
    public Integer call() {
        DataConfig config = split.config(data);
        long start = System.nanoTime();
        DataSplits splits = DataSplits.load(config);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Dataset> parts = List.of(splits.train(), splits.validation(), splits.test());
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>(splits.provenance());
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (Dataset part : parts) {
                counts.put(part.name(), classCounts(part));
            }
            doc.put("class_counts", counts);
            doc.put("load_seconds", seconds);
            out.print(JsonFiles.toJson(doc));
        } else {
            out.println("source: " + config.source().spec());
            for (DataFile file : splits.files()) {
                out.printf(Locale.ROOT, "  %s  %,d bytes  sha256 %s%n", file.path(), file.bytes(), file.sha256());
            }
            out.printf("%d features, %d classes; %s%n", splits.train().features(), splits.train().classes(),
                    splits.provenance().get("preprocessing"));
            for (Dataset part : parts) {
                out.printf(Locale.ROOT, "  %-28s %,7d examples  per class %s%n", part.name(), part.size(),
                        Arrays.toString(classCounts(part)));
            }
            out.printf(Locale.ROOT, "loaded, split and centred in %.3f s%n", seconds);
        }
        out.flush();
        return 0;
    }

    private static int[] classCounts(Dataset part) {
        int[] counts = new int[part.classes()];
        for (int label : part.labels()) {
            counts[label]++;
        }
        return counts;
    }
}
