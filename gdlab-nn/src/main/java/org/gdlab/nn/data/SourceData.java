package org.gdlab.nn.data;

import java.util.ArrayList;
import java.util.List;

/**
 * What a data source holds before any split: its training and test parts as read, and the files.
 *
 * @param train the training part (validation is taken from it later)
 * @param test the test part (0 examples when the source has none)
 * @param files every file read, with its checksum
 */
public record SourceData(Dataset train, Dataset test, List<DataFile> files) {
    /**
     * Checks that both parts have the same features and classes.
     *
     * @param train the training part
     * @param test the test part, possibly empty
     * @param files every file read
     */
    public SourceData {
        if (train.features() != test.features() || train.classes() != test.classes()) {
            throw new IllegalArgumentException("test: " + test.features() + " features and " + test.classes()
                    + " classes do not match train's " + train.features() + " features and " + train.classes() + " classes");
        }
        files = List.copyOf(files);
    }

    /** Joins a training and a test part read separately. */
    static SourceData of(LoadedDataset train, LoadedDataset test) {
        List<DataFile> files = new ArrayList<>(train.files());
        files.addAll(test.files());
        return new SourceData(train.dataset(), test.dataset(), files);
    }
}
