package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class GdlabCommandTest {

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String command : new String[] {"info", "bench", "help"}) {
            assertTrue(run.out().lines().anyMatch(l -> l.trim().startsWith(command + " ")), command + " missing in:\n" + run.out());
        }
    }

    @Test
    void helpGivesEachCommandOneLine() {
        CliRun run = CliRun.of("--help");
        java.util.List<String> commandLines = run.out().lines()
                .dropWhile(l -> !l.startsWith("Commands:")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        assertTrue(commandLines.size() >= 3, run.out());
        for (String line : commandLines) {
            assertTrue(line.matches("  [a-z][a-z-]* +\\S.*"), "a command's help runs over one line: '" + line + "'\n" + run.out());
        }
    }

    /** Picocli formats descriptions with String.format and warns on stderr about a stray '%'. */
    @Test
    void everyCommandsHelpFormatsWithoutAWarning() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            visit(new picocli.CommandLine(new Gdlab()));
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void visit(picocli.CommandLine command) {
        assertTrue(!command.getUsageMessage().isBlank(), command.getCommandName());
        command.getSubcommands().values().forEach(GdlabCommandTest::visit);
    }

    @Test
    void noArgumentsPrintsTheUsage() {
        CliRun run = CliRun.of();
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: gdlab"), run.out());
    }

    @Test
    void anUnknownOptionIsOneLineAndExitCode2() {
        CliRun run = CliRun.of("bench", "gemm", "--fast");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains("Unknown option: '--fast'"), run.err());
    }

    @Test
    void anUnknownCommandIsOneLineAndExitCode2() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines(), run.err());
    }

    @Test
    void aBadValueNamesTheOptionTheValueAndTheRule() {
        CliRun run = CliRun.of("bench", "gemm", "--min-seconds", "-1");
        assertEquals(2, run.exitCode());
        assertEquals("gemm: --min-seconds = -1.0 is not allowed: must be in (0.0, 60.0]", run.err().strip());
        run = CliRun.of("bench", "gemm", "--min-seconds", "soon");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains("--min-seconds") && run.err().contains("soon"), run.err());
        run = CliRun.of("bench", "gemm", "--threads", "0");
        assertEquals(2, run.exitCode());
        assertEquals("gemm: --threads = 0 is not allowed: must be in [1, 256]", run.err().strip());
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = CliRun.of("bench", "gemm", "--min-seconds", "-1", "--verbose");
        assertEquals(2, run.exitCode());
        assertTrue(run.errLines() > 1);
        assertTrue(run.err().contains("at org.gdlab"), run.err());
    }

    @Test
    void commandHelpStatesDefaultsAndRanges() {
        CliRun run = CliRun.of("bench", "gemm", "--help");
        assertEquals(0, run.exitCode());
        String folded = run.out().replaceAll("\\s+", " ");
        assertTrue(folded.contains("Default: 2.0"), run.out());
        assertTrue(folded.contains("(> 0, at most 60)"), run.out());
    }

    @Test
    void versionAndInfoNameTheBlas() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("OpenBLAS"), run.out());
        run = CliRun.of("info");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("BLAS threads"), run.out());
    }

    @Test
    void benchGemmPrintsFiguresForEveryShapeAsJson() throws Exception {
        CliRun run = CliRun.of("bench", "gemm", "--min-seconds", "0.01", "--json");
        assertEquals(0, run.exitCode(), run.err());
        var tree = new ObjectMapper().readTree(run.out());
        assertEquals(4, tree.get("results").size());
        for (var r : tree.get("results")) {
            assertTrue(r.get("gflops_best").asDouble() > 0, r.toString());
            assertTrue(r.get("reps").asInt() >= 3, r.toString());
        }
        assertEquals("float64 (1024x1024)x(1024x1024)", tree.at("/results/3/shape").asText());
    }
}
