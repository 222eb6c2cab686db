package org.gdlab.nn.data;

import java.util.List;

/**
 * A data set as a reader returns it: the examples and the files they came from.
 *
 * @param dataset the examples, unscaled beyond what the reader documents
 * @param files the files read, in reading order, with their checksums
 */
public record LoadedDataset(Dataset dataset, List<DataFile> files) {
    /**
     * Copies the file list.
     *
     * @param dataset the examples
     * @param files the files read; copied
     */
    public LoadedDataset {
        files = List.copyOf(files);
    }
}
