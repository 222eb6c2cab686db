package org.gdlab.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gdlab.core.io.MatrixFiles;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import org.gdlab.theory.spectrum.SpectrumSummary;

/**
 * The spectra of uploaded matrices X, kept while the server runs (the last {@link #KEPT}). An upload
 * is read by gdlab's own .npy/.csv readers from a private temporary file, deleted at once; its
 * spectrum comes from the SVD (LAPACK) of {@link LeastSquaresSpectrum#ofMatrix}. Error messages name
 * the upload by the name the user gave, never by a path of the server.
 */
public final class Uploads {
    /** How many uploaded spectra are kept. */
    static final int KEPT = 8;
    private final Map<String, LeastSquaresSpectrum> spectra = new LinkedHashMap<>();
    private int next = 1;

    /**
     * What an upload answers.
     *
     * @param id the id to give as {@code spectrum.upload}
     * @param rows rows of X
     * @param cols columns of X
     * @param spectrum the spectrum's summary (its squared singular values among it)
     * @param seconds the time to read X and compute its singular values
     */
    public record Answer(String id, int rows, int cols, SpectrumSummary spectrum, double seconds) {
    }

    /**
     * Reads X from {@code body} (at most {@code length} bytes, already checked against
     * {@link Bounds#MAX_UPLOAD_BYTES}) and keeps its spectrum.
     *
     * @param name the file name the user uploaded, ending in .npy or .csv
     * @param body the file's bytes
     * @return the upload's id, X's shape and its spectrum's summary
     * @throws IOException when the body cannot be read or kept in a temporary file
     */
    public Answer add(String name, InputStream body) throws IOException {
        long start = System.nanoTime();
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".npy") || lower.endsWith(".csv")) || name.contains("/") || name.contains("\\")) {
            throw Check.invalid("upload name", name, "must be a file name ending in .npy or .csv");
        }
        Path dir = Files.createTempDirectory("gdlab-explore-upload-");
        Path file = dir.resolve(lower.endsWith(".npy") ? "X.npy" : "X.csv");
        try {
            Files.copy(body, file);
            MatrixF64 x;
            try {
                x = MatrixFiles.readF64(file);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new IllegalArgumentException(String.valueOf(e.getMessage()).replace(file.toString(), name), e);
            }
            long entries = (long) x.rows() * x.cols();
            if (entries > Bounds.MAX_UPLOAD_ENTRIES) {
                throw Check.invalid("upload " + name, x.shape(), "X may have at most " + Bounds.MAX_UPLOAD_ENTRIES
                        + " entries in the explorer");
            }
            if (Math.min(x.rows(), x.cols()) > Bounds.MAX_SPECTRUM) {
                throw Check.invalid("upload " + name, x.shape(), "X may have at most " + Bounds.MAX_SPECTRUM
                        + " singular values (min(rows, cols)) in the explorer");
            }
            LeastSquaresSpectrum spectrum = LeastSquaresSpectrum.ofMatrix("upload " + name, x, null, null);
            String id;
            synchronized (this) {
                id = "u" + next++;
                spectra.put(id, spectrum);
                while (spectra.size() > KEPT) {
                    spectra.remove(spectra.keySet().iterator().next());
                }
            }
            return new Answer(id, x.rows(), x.cols(), SpectrumSummary.of(spectrum), (System.nanoTime() - start) / 1e9);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The spectrum of an upload.
     *
     * @param id the id {@link #add} answered
     * @return the spectrum of that X
     * @throws IllegalArgumentException when no upload of this server has the id (any more)
     */
    public synchronized LeastSquaresSpectrum get(String id) {
        LeastSquaresSpectrum s = spectra.get(id);
        if (s == null) {
            throw Check.invalid("upload", id, "is not on this server (uploads last while it runs, the last " + KEPT
                    + " kept): upload X again");
        }
        return s;
    }
}
