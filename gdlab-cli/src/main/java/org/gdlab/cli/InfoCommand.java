package org.gdlab.cli;

import java.util.concurrent.Callable;
import org.gdlab.core.linalg.Blas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gdlab info}: what gdlab runs on. */
@Command(name = "info", header = "Show the version, the Java runtime, the BLAS and its threads.", description = "Show gdlab's version, the Java runtime, the BLAS and its thread count.",
        mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (String line : new Versions().getVersion()) {
            out.println(line);
        }
        out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", BLAS threads: " + Blas.threads()
                + " (set with " + Blas.THREADS_VARIABLE + ")");
        out.println("max heap: " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        return 0;
    }
}
