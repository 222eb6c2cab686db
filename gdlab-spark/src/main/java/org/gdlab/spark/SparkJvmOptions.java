package org.gdlab.spark;

import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Prints the JVM options Spark's own launcher gives every JVM it starts (the {@code --add-opens}
 * of java.base that Spark needs on Java 17), one line, from Spark's
 * {@link JavaModuleOptions}: the {@code ./gdlab} launcher reads them once after it builds
 * gdlab-spark and starts an engine spark sweep with them.
 */
public final class SparkJvmOptions {
    private SparkJvmOptions() {
    }

    /**
     * Prints the options, separated by spaces.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(JavaModuleOptions.defaultModuleOptions());
    }
}
