package org.gdlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gdlab.core.linalg.Blas;
import picocli.CommandLine.IVersionProvider;

/** What {@code gdlab --version} prints: gdlab's version, the Java runtime, and the BLAS. */
final class Versions implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "gdlab " + gdlabVersion(),
            "Java " + javaRuntime(),
            Blas.configuration()
        };
    }

    /** The same facts as a map for a run's provenance: gdlab, java, blas and os. */
    static Map<String, String> provenance() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("gdlab", gdlabVersion());
        v.put("java", javaRuntime());
        v.put("blas", Blas.configuration());
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return v;
    }

    /** The version of this build, or "development" when run from classes. */
    private static String gdlabVersion() {
        String v = Gdlab.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** The Java version and virtual machine, e.g. {@code 17.0.15 (OpenJDK 64-Bit Server VM)}. */
    private static String javaRuntime() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }
}
