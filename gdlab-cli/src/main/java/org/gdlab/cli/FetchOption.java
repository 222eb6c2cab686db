package org.gdlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.gdlab.nn.data.DataEnvironment;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.data.fetch.DataFetcher;
import picocli.CommandLine.Option;

/**
 * {@code --offline}, for the commands that read a data set, and the fetch they do without it: a
 * known data set that is on none of the folders searched is downloaded into the data cache first,
 * saying so in one line, with a progress bar per file.
 */
final class FetchOption {
    /** The help of --offline, shared by the commands that have it. */
    static final String HELP = "Never download: a known data set that is not on this machine is then an error naming every "
            + "folder looked in. Also GDLAB_OFFLINE=1. Without it, a missing data set is fetched into $GDLAB_DATA "
            + "(else ~/.gdlab/data) and verified first (see gdlab data fetch --help).";

    @Option(names = "--offline", description = HELP)
    boolean offline;

    /**
     * Makes sure the data set of {@code source} can be found: nothing to do for files named on
     * the command line or a data set already on the machine; otherwise a fetch into the cache.
     *
     * @throws IllegalArgumentException when offline and the data set is not there (the locator's
     *     one line: where it looked, how to get it)
     * @throws org.gdlab.nn.data.fetch.DataFetchException when the fetch fails
     */
    void ensure(DataSource source, PrintWriter err) {
        if (!(source instanceof DataSource.Known known) || known.folder().isPresent()) {
            return;
        }
        Map<String, String> environment = DataEnvironment.current();
        DataLocator locator = DataLocator.of(environment, userHome());
        if (offline || DataEnvironment.offline(environment)) {
            locator.locate(known.set());
        } else {
            fetcher(environment, err).locateOrFetch(known.set(), locator);
        }
    }

    /** The fetcher of {@code environment}, with a progress bar and its notes on {@code err}. */
    static DataFetcher fetcher(Map<String, String> environment, PrintWriter err) {
        return DataFetcher.of(environment, ConsoleProgress.forStderr(err), note -> {
            err.println(note);
            err.flush();
        });
    }

    static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }
}
