package org.gdlab.nn.data.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A data set that could not be fetched: the message says which file, from where, and why, in one line. */
public final class DataFetchException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    DataFetchException(String message) {
        super(message, new IOException(message));
    }

    DataFetchException(String message, IOException cause) {
        super(message, cause);
    }
}
