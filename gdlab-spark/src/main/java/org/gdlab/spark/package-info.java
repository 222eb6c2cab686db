/**
 * The Apache Spark engine of {@code gdlab sweep}: {@link org.gdlab.spark.SparkEngine} runs each
 * point of a sweep as one Spark task (one partition, one job) through
 * {@link org.gdlab.sweep.PointRunner}, embedded in this JVM ({@code local[N]}) or on a cluster
 * ({@code spark://host:port}, yarn, k8s). {@link org.gdlab.spark.ExecutorPoint} is what an executor
 * runs, and {@link org.gdlab.spark.ExecutorJars} chooses the jars a cluster's executors need. The engine is found by {@code gdlab sweep --engine spark} through
 * {@link org.gdlab.spark.SparkEngineProvider}.
 */
package org.gdlab.spark;
