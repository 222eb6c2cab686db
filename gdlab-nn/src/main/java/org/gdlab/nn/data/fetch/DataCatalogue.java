package org.gdlab.nn.data.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataEnvironment;
import org.gdlab.nn.data.KnownDataSet;

/**
 * Where each known data set is published and the SHA-256 of each of its files: the digests a
 * download must match before gdlab uses it. {@link #REAL} is the real one; tests build their own
 * for files they generate.
 *
 * @param releases one release per known data set
 */
public record DataCatalogue(Map<KnownDataSet, DataRelease> releases) {
    /**
     * The real data sets, with digests from published sources.
     *
     * <p><b>Fashion-MNIST</b>: the digests are of the decompressed IDX content, so that any gzip
     * wrapping verifies. They were computed here from Debian's {@code dataset-fashion-mnist}
     * (0.0~git20200523.55506a9-1, {@code /usr/share/datasets/fashion-mnist}), whose gzip files
     * are the upstream ones without the file name in the gzip header: each is exactly the length of
     * that name plus its terminating zero shorter than the upstream size that TensorFlow Datasets
     * publishes with the upstream SHA-256 (tensorflow/datasets,
     * {@code tensorflow_datasets/url_checksums/fashion_mnist.txt}: train-images 26421880 bytes
     * {@code 3aede38d...68a84}, train-labels 29515 {@code a04f1713...90845}, t10k-images 4422102
     * {@code 346e55b9...b6a073}, t10k-labels 5148 {@code 67da17c7...bf8dd5}); other public projects
     * pin the same four content digests as "raw" hashes of archives matching Zalando's published MD5s.
     * Sizes below are the upstream download sizes.
     *
     * <p><b>MNIST</b>: the digests are of the decompressed IDX content, as pinned by public
     * projects beside the upstream gzip digests that TensorFlow Datasets publishes
     * (tensorflow/datasets, {@code tensorflow_datasets/url_checksums/mnist.txt}: train-images
     * 9912422 bytes {@code 440fcabf...523609}, train-labels 28881 {@code 3552534a...10255c},
     * t10k-images 1648877 {@code 8d422c7b...dbc4e6}, t10k-labels 4542 {@code f7ae60f9...04aec6}).
     * The mirrors are the ones torchvision and TensorFlow Datasets download from.
     *
     * <p><b>CIFAR-10</b>: no digest of the single batch files is published, so the archive is
     * verified as downloaded, against TensorFlow Datasets' digest
     * (tensorflow/datasets, {@code tensorflow_datasets/url_checksums/cifar10.txt}); the batches
     * unpacked from it are then recorded in the folder's {@value DataCheck#MANIFEST}.
     */
    public static final DataCatalogue REAL = new DataCatalogue(Map.of(
            KnownDataSet.FASHION_MNIST, idx(KnownDataSet.FASHION_MNIST,
                    List.of("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
                            "https://github.com/zalandoresearch/fashion-mnist/raw/master/data/fashion/"),
                    26_421_880, "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
                    29_515, "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
                    4_422_102, "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
                    5_148, "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34"),
            KnownDataSet.MNIST, idx(KnownDataSet.MNIST,
                    List.of("https://ossci-datasets.s3.amazonaws.com/mnist/",
                            "https://storage.googleapis.com/cvdf-datasets/mnist/"),
                    9_912_422, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
                    28_881, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
                    1_648_877, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
                    4_542, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
            KnownDataSet.CIFAR10, new DataRelease(KnownDataSet.CIFAR10, uris(List.of("https://www.cs.toronto.edu/~kriz/")),
                    List.of(new RemoteFile("cifar-10-binary.tar.gz", 170_052_171,
                            "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd", Digest.FILE)),
                    Optional.of("cifar-10-batches-bin"))));

    /**
     * Checks that every known data set has its release; copies the map.
     *
     * @param releases one release per known data set; copied
     */
    public DataCatalogue {
        releases = new EnumMap<>(releases);
        for (KnownDataSet set : KnownDataSet.values()) {
            DataRelease release = releases.get(set);
            if (release == null || release.set() != set) {
                throw Check.invalid("releases", releases.keySet(), "must hold one release of each of "
                        + Arrays.toString(KnownDataSet.values()));
            }
        }
        releases = Map.copyOf(releases);
    }

    /**
     * The release of a data set.
     *
     * @param set the data set
     * @return its mirrors and files
     */
    public DataRelease release(KnownDataSet set) {
        return releases.get(set);
    }

    /**
     * The same catalogue downloaded from other places: data set {@code NAME} from
     * {@code BASE/NAME/} for each base URL, in order, instead of the built-in mirrors.
     *
     * @param bases the base URLs, tried in order
     * @return a new catalogue with the same files
     */
    public DataCatalogue withMirrors(List<URI> bases) {
        Map<KnownDataSet, DataRelease> moved = new EnumMap<>(KnownDataSet.class);
        releases.forEach((set, release) -> moved.put(set, release.withMirrors(
                bases.stream().map(base -> base.resolve(set.id() + "/")).toList())));
        return new DataCatalogue(moved);
    }

    /**
     * The real catalogue, or, when the environment sets {@value DataEnvironment#MIRROR} (base
     * URLs separated by commas), the real one downloaded from there.
     *
     * @param environment the variables, e.g. {@link DataEnvironment#current()}
     * @return the catalogue to download from
     * @throws IllegalArgumentException naming the variable when a URL is not an http(s) URL
     */
    public static DataCatalogue of(Map<String, String> environment) {
        String mirrors = environment.get(DataEnvironment.MIRROR);
        if (mirrors == null || mirrors.isBlank()) {
            return REAL;
        }
        List<URI> bases = Arrays.stream(mirrors.split(",")).map(String::trim).filter(m -> !m.isEmpty())
                .map(m -> base(DataEnvironment.MIRROR, m)).toList();
        return REAL.withMirrors(bases);
    }

    private static URI base(String name, String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text : text + "/");
            if (!List.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null) {
                throw Check.invalid(name, text, "must be http:// or https:// URLs separated by commas");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw Check.invalid(name, text, "must be http:// or https:// URLs separated by commas (" + e.getReason() + ")");
        }
    }

    private static DataRelease idx(KnownDataSet set, List<String> mirrors, long trainImagesBytes, String trainImages,
            long trainLabelsBytes, String trainLabels, long testImagesBytes, String testImages, long testLabelsBytes,
            String testLabels) {
        List<String> names = set.fileNames();
        return new DataRelease(set, uris(mirrors), List.of(
                new RemoteFile(names.get(0), trainImagesBytes, trainImages, Digest.CONTENT),
                new RemoteFile(names.get(1), trainLabelsBytes, trainLabels, Digest.CONTENT),
                new RemoteFile(names.get(2), testImagesBytes, testImages, Digest.CONTENT),
                new RemoteFile(names.get(3), testLabelsBytes, testLabels, Digest.CONTENT)), Optional.empty());
    }

    private static List<URI> uris(List<String> texts) {
        return texts.stream().map(URI::create).toList();
    }
}
