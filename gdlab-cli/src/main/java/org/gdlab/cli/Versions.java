package org.gdlab.cli;

import java.util.Map;
import org.gdlab.nn.run.TrainRun;
import picocli.CommandLine.IVersionProvider;

/** What {@code gdlab --version} prints: gdlab's version, the Java runtime, and the BLAS (a run's provenance). */
final class Versions implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Map<String, String> v = TrainRun.versions();
        return new String[] {"gdlab " + v.get("gdlab"), "Java " + v.get("java"), v.get("blas")};
    }
}
