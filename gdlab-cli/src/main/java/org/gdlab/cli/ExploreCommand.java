package org.gdlab.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gdlab.web.BrowserLauncher;
import org.gdlab.web.ExploreServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gdlab explore}: the interactive explorer in a browser, served on 127.0.0.1. */
@Command(name = "explore", header = "Move eta, beta, lambda and noise in a browser.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts the explorer's server on 127.0.0.1 (only), prints its URL with a random access token, "
                + "and opens it in the browser. The page opens on the mission's example (beta 0.1, sigma^2 in {5, 0.05}, "
                + "eps 0.001): GD and momentum on a spectrum (or an uploaded X), ridge, noise as regularization, and a "
                + "live linearization. Ctrl-C stops the server.",
            "Example: gdlab explore --port 8182 --no-browser"})
final class ExploreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", paramLabel = "N",
            description = "The port on 127.0.0.1, 0 for a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--no-browser", description = "Print the URL only; do not open a browser.")
    boolean noBrowser;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (ExploreServer server = ExploreServer.start(port)) {
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "gdlab-explore-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("gdlab explore: serving on " + server.url());
            out.println("(the token in the URL is the key to this server; Ctrl-C stops it)");
            if (!noBrowser) {
                String how = BrowserLauncher.open(server.url());
                out.println(how == null ? "no browser could be opened: open the URL above" : "opened in the browser (" + how + ")");
            }
            out.flush();
            try {
                stopped.await();
                out.println("gdlab explore: stopped");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        return 0;
    }
}
