package org.gdlab.web;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;

/**
 * Opens a URL in the user's browser: through {@link Desktop} where the platform supports browsing,
 * else with {@code xdg-open}. Never fails: when neither works the user opens the printed URL.
 */
public final class BrowserLauncher {
    private BrowserLauncher() {
    }

    /**
     * Tries to open {@code url}.
     *
     * @param url the page's address, token included
     * @return how it was opened, or null when it could not be
     */
    public static String open(String url) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return "java.awt.Desktop";
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to xdg-open
        }
        try {
            new ProcessBuilder("xdg-open", url).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return "xdg-open";
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
