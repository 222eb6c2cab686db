package org.gdlab.nn.data.fetch;

import org.gdlab.core.validate.Check;

/**
 * A file that a data set is published as, and the SHA-256 it must have.
 *
 * @param name its name on the mirrors, and in the data folder
 * @param bytes its size on the first mirror, for messages (a mirror may compress differently)
 * @param sha256 the digest it must have, 64 lowercase hex digits
 * @param digest what {@code sha256} is the digest of
 */
public record RemoteFile(String name, long bytes, String sha256, Digest digest) {
    /**
     * Checks the name, the size and the form of the digest.
     *
     * @param name the file name, without {@code /}
     * @param bytes its size on the first mirror
     * @param sha256 the expected digest, 64 lowercase hex digits
     * @param digest what {@code sha256} is the digest of
     */
    public RemoteFile {
        if (name.isBlank() || name.contains("/")) {
            throw Check.invalid("name", name, "must be a file name without '/'");
        }
        Check.positive("bytes", bytes);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw Check.invalid("sha256", sha256, "must be 64 lowercase hex digits");
        }
    }
}
