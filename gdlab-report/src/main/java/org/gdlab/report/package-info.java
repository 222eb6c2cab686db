/**
 * Charts and reports drawn from results: a chart is described by a {@link org.gdlab.report.ChartSpec}
 * and written as PNG and SVG by {@link org.gdlab.report.ChartWriter}; nothing here computes results.
 */
package org.gdlab.report;
