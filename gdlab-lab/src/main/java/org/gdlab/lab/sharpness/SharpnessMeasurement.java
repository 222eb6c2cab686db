package org.gdlab.lab.sharpness;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.hessian.HessianSpectrum;
import org.gdlab.nn.hessian.SpectrumConfig;
import org.gdlab.nn.hessian.PearlmutterHessian;
import org.gdlab.nn.loss.LossKind;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.run.SavedRun;

/**
 * {@code gdlab sharpness}: the Hessian spectrum of a classifier's training loss on the first
 * {@code examples} examples of its training split, for a {@code gdlab train} run (its trained
 * parameters, and the L2 strength it trained with) or a freshly initialized net.
 *
 * @param source the run folder, or {@code "initialization"}
 * @param network e.g. {@code 784-[100]-10 relu}
 * @param data the data's command-line form
 * @param loss the loss's name
 * @param reg the L2 strength in the loss
 * @param examples the examples of the batch
 * @param dataProvenance the data split's provenance
 * @param spectrum what was measured
 */
public record SharpnessMeasurement(String source, String network, String data, String loss, double reg, int examples,
                                   Map<String, Object> dataProvenance, HessianSpectrum spectrum) {
    /**
     * Measures a run's trained net with the loss it trained with (softmax cross-entropy).
     *
     * @param run the run folder of a {@code gdlab train} run; its kept (best) parameters are measured
     * @param dataOverride the data to use instead of the run's, or null
     * @param examples the first training examples of the batch, in {@code [1, min(train size, PearlmutterHessian.MAX_EXAMPLES)]}
     * @param spectrum how many top eigenvalues, Lanczos steps and trace and density probes
     * @param listener told of the Lanczos and probe steps
     * @return the spectrum with the run's L2 strength in the loss
     */
    public static SharpnessMeasurement ofRun(Path run, String dataOverride, int examples, SpectrumConfig spectrum,
                                             ProgressListener listener) {
        SavedRun r = SavedRun.open("DIR", run);
        DataSplits splits = r.data(Optional.ofNullable(dataOverride).map(DataSource::parse));
        return measure(r.folder().dir().toString(), r.trained(splits, SavedRun.Parameters.BEST),
                r.config().data().source().spec(), splits, LossKind.CROSS_ENTROPY, r.config().training().reg(), examples,
                spectrum, listener);
    }

    /**
     * Measures a net at initialization.
     *
     * @param fresh the net at initialization
     * @param data the data; the batch comes from its training split
     * @param loss the loss whose Hessian is measured
     * @param reg the L2 strength {@code lambda >= 0} added to the loss
     * @param examples the first training examples of the batch, in {@code [1, min(train size, PearlmutterHessian.MAX_EXAMPLES)]}
     * @param spectrum how many top eigenvalues, Lanczos steps and trace and density probes
     * @param listener told of the Lanczos and probe steps
     * @return the spectrum, its source {@code "initialization"}
     */
    public static SharpnessMeasurement atInitialization(FreshNet fresh, DataConfig data, LossKind loss, double reg,
                                                        int examples, SpectrumConfig spectrum, ProgressListener listener) {
        DataSplits splits = DataSplits.load(data);
        return measure("initialization", fresh.build(splits.train()), data.source().spec(), splits, loss, reg, examples,
                spectrum, listener);
    }

    private static SharpnessMeasurement measure(String source, FullyConnectedNet net, String data, DataSplits splits,
                                                LossKind kind, double reg, int examples, SpectrumConfig spectrum,
                                                ProgressListener listener) {
        Dataset train = splits.train();
        Check.inRange("--examples", examples, 1, Math.min(train.size(), PearlmutterHessian.MAX_EXAMPLES));
        PearlmutterHessian h = new PearlmutterHessian(net, train.inputs().rowRange(0, examples),
                kind.bind(train.labels(), 0, examples, train.classes()), reg);
        HessianSpectrum s = HessianSpectrum.measure(h, spectrum, listener);
        return new SharpnessMeasurement(source, net.config().describe() + " " + net.config().activation().label(), data,
                kind.label(), reg, examples, splits.provenance(), s);
    }
}
