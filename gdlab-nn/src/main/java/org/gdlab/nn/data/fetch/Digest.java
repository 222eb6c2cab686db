package org.gdlab.nn.data.fetch;

import java.nio.file.Path;
import org.gdlab.nn.data.DataFile;

/** What a published SHA-256 is the digest of. */
public enum Digest {
    /**
     * The content: the uncompressed bytes of a gzip file, the bytes of any other. A copy
     * recompressed with other gzip headers (Debian's {@code dataset-fashion-mnist} has no file
     * name in them) or stored gunzipped verifies too.
     */
    CONTENT,
    /** The bytes of the file as downloaded (an archive that gdlab unpacks). */
    FILE;

    /**
     * "of the content" or "of the file", for messages.
     *
     * @return the phrase
     */
    public String label() {
        return this == CONTENT ? "of the content" : "of the file";
    }

    /**
     * The SHA-256 of {@code file} in this sense, 64 lowercase hex digits.
     *
     * @param file the file
     * @return the 64 hex digits
     */
    public String of(Path file) {
        return this == CONTENT ? DataFile.contentSha256(file) : DataFile.of(file).sha256();
    }
}
