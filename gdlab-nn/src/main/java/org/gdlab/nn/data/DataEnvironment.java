package org.gdlab.nn.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings that say where data sets live and whether they may be downloaded, read from the
 * process environment. A JVM system property of the same name ({@code -DGDLAB_DATA=...}) wins
 * over the environment variable, so that a program embedding gdlab, and the tests, can set them
 * without changing the environment.
 * <ul>
 *   <li>{@value #DATA}: the data cache, where fetched data sets go (default {@code ~/.gdlab/data});</li>
 *   <li>{@value #PATHS}: the system folders searched after the cache, separated by the platform's
 *       path separator ({@code :} on Linux); default {@code /usr/share/datasets}, empty for none;</li>
 *   <li>{@value #MIRROR}: base URLs, separated by commas, that replace the built-in download
 *       locations; a file is fetched from {@code BASE/NAME/FILE} (e.g. {@code http://127.0.0.1:8000/}
 *       serving a folder that holds {@code fashion-mnist/train-images-idx3-ubyte.gz});</li>
 *   <li>{@value #OFFLINE}: {@code 1} forbids every download, like {@code --offline}.</li>
 * </ul>
 */
public final class DataEnvironment {
    /** The data cache. */
    public static final String DATA = "GDLAB_DATA";
    /** The system folders searched after the cache. */
    public static final String PATHS = "GDLAB_DATA_PATHS";
    /** Base URLs that replace the built-in mirrors. */
    public static final String MIRROR = "GDLAB_DATA_MIRROR";
    /** 1 to forbid downloads. */
    public static final String OFFLINE = "GDLAB_OFFLINE";
    private static final List<String> NAMES = List.of(DATA, PATHS, MIRROR, OFFLINE);

    private DataEnvironment() {
    }

    /**
     * The environment of this process, with the system properties of the names above laid over it.
     *
     * @return a new mutable map of the variables
     */
    public static Map<String, String> current() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        for (String name : NAMES) {
            String value = System.getProperty(name);
            if (value != null) {
                environment.put(name, value);
            }
        }
        return environment;
    }

    /**
     * Whether {@code environment} forbids downloads ({@value #OFFLINE}{@code =1}).
     *
     * @param environment the variables, e.g. {@link #current()}
     * @return true when {@value #OFFLINE} is {@code 1}
     */
    public static boolean offline(Map<String, String> environment) {
        return "1".equals(environment.get(OFFLINE));
    }
}
