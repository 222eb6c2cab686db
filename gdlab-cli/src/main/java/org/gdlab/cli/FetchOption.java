package org.gdlab.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gdlab.nn.data.DataEnvironment;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.data.KnownDataSet;
import org.gdlab.nn.data.fetch.DataFetcher;
import org.gdlab.nn.data.fetch.DataRelease;
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
     */
    void ensure(DataSource source, PrintWriter err) {
        if (!(source instanceof DataSource.Known known) || known.folder().isPresent()) {
            return;
        }
        Map<String, String> environment = DataEnvironment.current();
        DataLocator locator = DataLocator.of(environment, userHome());
        if (locator.find(known.set()).isPresent()) {
            return;
        }
        if (offline || DataEnvironment.offline(environment)) {
            throw locator.notFound(known.set());
        }
        fetch(known.set(), locator.cacheFolder(known.set()), environment, err,
                known.set().id() + " is not on this machine: ");
    }

    /**
     * Fetches a data set into {@code folder}, printing {@code why}, what is downloaded from where,
     * the fetcher's notes and a progress bar on {@code err}.
     */
    static Path fetch(KnownDataSet set, Path folder, Map<String, String> environment, PrintWriter err, String why) {
        DataFetcher fetcher = DataFetcher.of(environment, ConsoleProgress.forStderr(err), note -> {
            err.println(note);
            err.flush();
        });
        DataRelease release = fetcher.catalogue().release(set);
        err.println(why + "fetching it into " + folder + " (about " + String.format(Locale.ROOT, "%.1f", release.bytes() / 1e6)
                + " MB from " + release.mirrors().stream().map(URI::getAuthority).distinct().collect(Collectors.joining(", then "))
                + "; --offline or GDLAB_OFFLINE=1 forbids this)");
        err.flush();
        return fetcher.fetch(set, folder);
    }

    static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }
}
