package org.gdlab.cli;

import java.util.List;
import org.gdlab.core.validate.Check;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** Options that the other options given rule out (train --resume, linearize --model). */
final class GivenOptions {
    private GivenOptions() {
    }

    /**
     * Fails on the first of {@code names} given on the command line, naming it and its value.
     *
     * @param rule why it is not allowed, e.g. "cannot be combined with --resume"
     */
    static void reject(CommandSpec spec, List<String> names, String rule) {
        ParseResult parsed = spec.commandLine().getParseResult();
        for (String name : names) {
            if (parsed.hasMatchedOption(name)) {
                throw Check.invalid(name, parsed.matchedOptionValue(name, (Object) ""), rule);
            }
        }
    }
}
