package org.gdlab.spark;

import java.io.Serializable;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.sweep.PointOutcome;
import org.gdlab.sweep.PointRunner;
import org.gdlab.sweep.SweepTask;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * What an executor runs for one Spark task: the partition's one point, through
 * {@link PointRunner}; the outcome travels back to the driver. Points that run side by side in one
 * executor JVM keep their bytes: each run holds OpenBLAS's process-wide thread count while it
 * trains ({@link org.gdlab.core.linalg.BlasThreadHold}). The run's epoch-by-epoch progress stays on
 * the executor; the driver prints one line per finished point.
 */
final class ExecutorPoint extends AbstractFunction1<Iterator<SweepTask>, PointOutcome> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public PointOutcome apply(Iterator<SweepTask> partition) {
        return PointRunner.run(partition.next(), ProgressListener.SILENT);
    }
}
