package org.gdlab.nn.data;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.validate.Check;

/**
 * A data source split and centred for training: the one call the trainer and the CLI both use.
 *
 * <p>With {@code n} training examples, validation size {@code v} ({@link DataConfig#validationSizeFor})
 * and training size {@code N} (default {@code n - v}):
 * <ul>
 *   <li>validation = training examples {@code [n - v, n)} (the last {@code v});</li>
 *   <li>train = training examples {@code [0, N)} (the first {@code N} of the rest);</li>
 *   <li>test = the source's test part;</li>
 *   <li>{@code mean_j = (1/N) sum_{i < N} x_ij}, the per-feature mean of the train split only,
 *       and every split gets {@code x_ij - mean_j}.</li>
 * </ul>
 * Images are already scaled to {@code [0, 1]} by their readers ({@code b / 255}); numeric files
 * are taken as they are. Each split's inputs is a new compact matrix (offset 0, stride = columns).
 *
 * @param config what was asked for
 * @param train the training split, centred
 * @param validation the validation split, centred with the training mean
 * @param test the test split, centred with the training mean
 * @param mean the per-feature mean of the training split that was subtracted
 * @param std the per-feature standard deviation of the training split each split was divided
 *     by with {@link DataConfig#standardize()} (1 for a constant feature); all 1 without it
 * @param files the files read, with their checksums
 */
public record DataSplits(DataConfig config, Dataset train, Dataset validation, Dataset test, float[] mean, float[] std,
        List<DataFile> files) {
    /**
     * Checks that the mean and std have one entry per feature; copies the file list.
     *
     * @param config what was asked for
     * @param train the centred training split
     * @param validation the centred validation split
     * @param test the centred test split
     * @param mean the training split's per-feature mean, one entry per feature
     * @param std the per-feature divisor, one entry per feature
     * @param files the files read; copied
     */
    public DataSplits {
        if (mean.length != train.features() || std.length != train.features()) {
            throw new IllegalArgumentException("mean, std: " + mean.length + ", " + std.length + " entries for "
                    + train.features() + " features");
        }
        files = List.copyOf(files);
    }

    /**
     * Loads the configured source, finding known data sets with {@link DataLocator#system()}, and splits it.
     *
     * @param config the source and the split
     * @return the train, validation and test splits
     */
    public static DataSplits load(DataConfig config) {
        return load(config, DataLocator.system());
    }

    /**
     * Loads the configured source, finding known data sets with {@code locator}, and splits it.
     *
     * @param config the source and the split
     * @param locator where known data sets are looked for
     * @return the train, validation and test splits
     */
    public static DataSplits load(DataConfig config, DataLocator locator) {
        return split(config, config.source().load(locator));
    }

    /**
     * Splits and centres data already read.
     *
     * @param config the split
     * @param data the source's training and test parts
     * @return the train, validation and test splits, centred with the training mean
     * @throws IllegalArgumentException naming {@code --validation-size} or {@code --train-size}
     *     when the source has too few training examples for them
     */
    public static DataSplits split(DataConfig config, SourceData data) {
        Dataset all = data.train();
        int n = all.size();
        String source = config.source().spec();
        int v = config.validationSizeFor(n);
        if (v > n - 1) {
            throw Check.invalid("--validation-size", v, "must be <= " + (n - 1) + " (" + source + " has " + n
                    + " training examples and at least one must remain for training)");
        }
        int available = n - v;
        int size = config.trainSize().orElse(available);
        if (size > available) {
            throw Check.invalid("--train-size", size, "must be <= " + available + " (the " + n + " training examples of "
                    + source + " minus the " + v + " taken for validation)");
        }
        float[] mean = columnMeans(all.inputs(), 0, size);
        float[] std = config.standardize() ? columnStds(all.inputs(), 0, size, mean) : ones(mean.length);
        String name = all.name().replaceFirst(" train$", "");
        return new DataSplits(config,
                centred(name + " train", all, 0, size, mean, std),
                centred(name + " validation", all, n - v, n, mean, std),
                centred(data.test().name(), data.test(), 0, data.test().size(), mean, std),
                mean, std, data.files());
    }

    /**
     * What a run records to be rerun and checked: the source, the sizes asked for and obtained,
     * the preprocessing, and every file with its size and SHA-256. Keys and values are plain JSON
     * types.
     *
     * @return an ordered map of the provenance, with null for the sizes not asked for
     */
    public Map<String, Object> provenance() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("source", config.source().spec());
        p.put("validation_size", config.validationSize().isPresent() ? config.validationSize().getAsInt() : null);
        p.put("train_size", config.trainSize().isPresent() ? config.trainSize().getAsInt() : null);
        Map<String, Object> sizes = new LinkedHashMap<>();
        sizes.put("train", train.size());
        sizes.put("validation", validation.size());
        sizes.put("test", test.size());
        p.put("sizes", sizes);
        p.put("features", train.features());
        p.put("classes", train.classes());
        p.put("preprocessing", (config.source() instanceof DataSource.Known ? "images scaled to [0,1] (b/255)"
                : "numeric features as read from the files (not scaled)") + "; the per-feature mean of the train split "
                + "subtracted from train, validation and test" + (config.standardize() ? ", then each feature divided "
                + "by its standard deviation on the train split (a constant feature left as it is)" : ""));
        p.put("standardized", config.standardize());
        p.put("files", files.stream().map(f -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", f.path());
            file.put("bytes", f.bytes());
            file.put("sha256", f.sha256());
            return file;
        }).toList());
        return p;
    }

    /**
     * {@code std_j = sqrt((1/(to-from)) sum_{from <= i < to} (x_ij - mean_j)^2)}, summed in double;
     * 1 for a constant feature (which is then only centred).
     */
    static float[] columnStds(MatrixF32 x, int from, int to, float[] mean) {
        double[] sum = columnSums(x, from, to, mean, true);
        float[] std = new float[sum.length];
        for (int j = 0; j < sum.length; j++) {
            float s = (float) Math.sqrt(sum[j] / (to - from));
            std[j] = s > 0 ? s : 1;
        }
        return std;
    }

    private static float[] ones(int d) {
        float[] one = new float[d];
        java.util.Arrays.fill(one, 1);
        return one;
    }

    /** {@code mean_j = (1/(to-from)) sum_{from <= i < to} x_ij}, summed in double. */
    static float[] columnMeans(MatrixF32 x, int from, int to) {
        double[] sum = columnSums(x, from, to, new float[x.cols()], false);
        float[] mean = new float[sum.length];
        for (int j = 0; j < sum.length; j++) {
            mean[j] = (float) (sum[j] / (to - from));
        }
        return mean;
    }

    /** {@code sum_{from <= i < to} e_ij} (or {@code e_ij^2}) with {@code e_ij = x_ij - shift_j} in float, summed in double. */
    private static double[] columnSums(MatrixF32 x, int from, int to, float[] shift, boolean squares) {
        int d = x.cols();
        double[] sum = new double[d];
        float[] row = new float[d];
        FloatBuffer data = x.buffer();
        for (int i = from; i < to; i++) {
            data.get(x.offset() + i * x.stride(), row, 0, d);
            for (int j = 0; j < d; j++) {
                double e = row[j] - shift[j];
                sum[j] += squares ? e * e : e;
            }
        }
        return sum;
    }

    /** Rows {@code [from, to)} of {@code src} minus {@code mean}, divided by {@code std} (when not 1), as a new data set. */
    private static Dataset centred(String name, Dataset src, int from, int to, float[] mean, float[] std) {
        MatrixF32 x = src.inputs();
        int d = x.cols();
        MatrixF32 out = MatrixF32.zeros(to - from, d);
        float[] row = new float[d];
        FloatBuffer in = x.buffer();
        FloatBuffer dst = out.buffer();
        for (int i = from; i < to; i++) {
            in.get(x.offset() + i * x.stride(), row, 0, d);
            for (int j = 0; j < d; j++) {
                row[j] -= mean[j];
                if (std[j] != 1) {
                    row[j] /= std[j];
                }
            }
            dst.put((i - from) * d, row, 0, d);
        }
        return new Dataset(name, out, Arrays.copyOfRange(src.labels(), from, to), src.classes());
    }
}
