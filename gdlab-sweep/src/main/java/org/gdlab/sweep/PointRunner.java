package org.gdlab.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.run.RunResult;
import org.gdlab.nn.run.TrainRun;
import org.gdlab.nn.train.TrainStatus;

/**
 * Runs one point of a sweep in its run folder, the same way on every engine:
 * <ul>
 *   <li>a folder whose results.json was written for this config is finished: its metrics are read
 *       back and nothing runs;</li>
 *   <li>a folder with this config and a checkpoint (an interrupted attempt) resumes from it, which
 *       gives the bytes an uninterrupted run gives;</li>
 *   <li>otherwise the run starts afresh.</li>
 * </ul>
 * A folder that holds another config is not touched: the point fails, saying so. Any error of the
 * run is caught and reported as a failed point in one line, so the sweep's other points go on.
 * The data comes from the {@link DataCache}: points of this JVM that share their data load it once.
 */
public final class PointRunner {
    private PointRunner() {
    }

    /**
     * Runs {@code task}, reporting the run's progress to {@code listener}.
     *
     * @param task the point: its index, name, config.json text and run folder
     * @param listener told of the run's training progress, on the calling thread
     * @return how the point ended: completed or diverged with its metrics, or failed with a one-line reason; never thrown
     */
    public static PointOutcome run(SweepTask task, ProgressListener listener) {
        long start = System.nanoTime();
        try {
            RunConfig config = JsonFiles.mapper().readValue(task.configJson(), RunConfig.class);
            RunFolder folder = new RunFolder(Path.of(task.runDir()));
            Files.createDirectories(folder.dir());
            try (RunFolderLock claim = RunFolderLock.acquire("run folder", folder.dir())) {
                boolean started = Files.isRegularFile(folder.configFile());
                if (started && !folder.readConfig().equals(config)) {
                    return failed(task, start, folder.configFile() + " holds another run's config; "
                            + "move the folder away or give the sweep another --out");
                }
                if (started && Files.isRegularFile(folder.resultsFile())) {
                    return outcome(task, folder.readResults(RunResult.class), false, 0);
                }
                boolean resume = started && Files.isRegularFile(folder.checkpointFile());
                DataSplits data = DataCache.splits(config.data());
                RunResult result = resume
                        ? TrainRun.resumeOn(folder, folder.readCheckpoint(), config, data, listener, folder)
                        : TrainRun.runOn(config, data, listener, folder);
                return outcome(task, result, resume, seconds(start));
            }
        } catch (JsonProcessingException e) {
            return failed(task, start, "the point's config is not a run config: " + e.getOriginalMessage());
        } catch (Exception | OutOfMemoryError e) {
            return failed(task, start, oneLine(e));
        }
    }

    private static PointOutcome outcome(SweepTask task, RunResult r, boolean resumed, double seconds) {
        boolean diverged = r.status() == TrainStatus.DIVERGED;
        String reason = diverged ? r.training().divergence().map(d -> d.message()).orElse("diverged") : "";
        return new PointOutcome(task.index(), task.name(), diverged ? PointStatus.DIVERGED : PointStatus.COMPLETED,
                reason, PointMetrics.of(r), resumed, seconds);
    }

    private static PointOutcome failed(SweepTask task, long start, String reason) {
        return new PointOutcome(task.index(), task.name(), PointStatus.FAILED, reason, null, false, seconds(start));
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
