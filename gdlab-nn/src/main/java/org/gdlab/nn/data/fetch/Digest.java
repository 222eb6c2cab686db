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
    CONTENT("of the content"),
    /** The bytes of the file as downloaded (an archive that gdlab unpacks). */
    FILE("of the file");

    private final String label;

    Digest(String label) {
        this.label = label;
    }

    /** E.g. "of the content", for messages. */
    public String label() {
        return label;
    }

    /** The SHA-256 of {@code file} in this sense, 64 lowercase hex digits. */
    public String of(Path file) {
        return this == CONTENT ? DataFile.contentSha256(file) : DataFile.of(file).sha256();
    }
}
