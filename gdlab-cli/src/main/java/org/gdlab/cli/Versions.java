package org.gdlab.cli;

import org.gdlab.core.linalg.Blas;
import picocli.CommandLine.IVersionProvider;

/** What {@code gdlab --version} prints: gdlab's version, the Java runtime, and the BLAS. */
final class Versions implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "gdlab " + gdlabVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
            Blas.configuration()
        };
    }

    /** The version of this build, or "development" when run from classes. */
    static String gdlabVersion() {
        String v = Gdlab.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
