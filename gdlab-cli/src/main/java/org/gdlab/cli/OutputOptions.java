package org.gdlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.ChartWriter;
import org.gdlab.report.HeatMapSpec;
import org.gdlab.report.HeatMapWriter;
import picocli.CommandLine.Option;

/**
 * The output options every analysis command shares: a readable report by default, {@code --json}
 * for the full result, {@code --out DIR} to also write {@code results.json} and the charts.
 */
final class OutputOptions {
    @Option(names = "--json", description = "Print the full result as JSON instead of the readable report.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write results.json and the charts (PNG and SVG) to DIR (created if missing).")
    Path out;

    /**
     * With {@code --out}: creates the folder now, fails at once if it cannot be written (see
     * {@link WritableFolder}) or another run is writing it, and claims it for this run until the
     * returned lock is closed (see {@link RunFolderLock}). Without {@code --out}: null, which
     * try-with-resources skips.
     */
    RunFolderLock claimOut() {
        return out == null ? null : RunFolderLock.acquire("--out", WritableFolder.require("--out", out));
    }

    /**
     * Prints the report (or the result as JSON) and, with {@code --out}, writes results.json and
     * the charts, each file atomically.
     *
     * @param result the full result, serialized as JSON
     * @param report the readable report
     * @param charts chart specs by file name (without extension), drawn only with {@code --out}
     */
    void emit(PrintWriter stdout, Object result, String report, Map<String, ChartSpec> charts) {
        emit(stdout, result, report, charts, Map.of());
    }

    /**
     * As {@link #emit(PrintWriter, Object, String, Map)}, with heat maps drawn beside the charts.
     *
     * @param heatMaps heat map specs by file name (without extension), drawn only with {@code --out}
     */
    void emit(PrintWriter stdout, Object result, String report, Map<String, ChartSpec> charts,
              Map<String, HeatMapSpec> heatMaps) {
        stdout.print(json ? JsonFiles.toJson(result) : report);
        stdout.flush();
        if (out != null) {
            JsonFiles.write(out.resolve("results.json"), result);
            charts.forEach((name, spec) -> ChartWriter.write(spec, out, name));
            heatMaps.forEach((name, spec) -> HeatMapWriter.write(spec, out, name));
            if (!json) {
                stdout.println("wrote " + out.resolve("results.json") + " and " + (charts.size() + heatMaps.size())
                        + " charts (PNG and SVG)");
            }
        }
    }
}
