/**
 * The lab's experiments drawn and told from their results records: charts, the one-paragraph
 * answers, and the explanation of the initialization experiment built from its measured numbers.
 *
 * <p>Entry points: {@link org.gdlab.report.lab.ExperimentCharts} and {@link
 * org.gdlab.report.lab.ExperimentText}.
 */
package org.gdlab.report.lab;
