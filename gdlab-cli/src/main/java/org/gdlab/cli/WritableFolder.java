package org.gdlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.validate.Check;

/** The check that an output folder can be written, made before the work whose results go there. */
final class WritableFolder {
    private WritableFolder() {
    }

    /**
     * Creates {@code dir} if missing and fails at once, naming {@code option}, when it cannot be
     * created or written: a long run should not end in a failed write.
     *
     * @return dir
     */
    static Path require(String option, Path dir) {
        if (dir.toString().isBlank()) {
            throw Check.invalid(option, "''", "must name a folder (an empty name would write into the current folder)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            String kind = e.getClass().getSimpleName().replace("Exception", "");
            throw Check.invalid(option, dir, "cannot create the folder (" + kind + ": " + e.getMessage() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw Check.invalid(option, dir, "the folder is not writable");
        }
        return dir;
    }
}
