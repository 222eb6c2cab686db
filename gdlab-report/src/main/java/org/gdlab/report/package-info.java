/**
 * Charts and reports drawn from results; nothing here computes results. A chart is described by a
 * {@link org.gdlab.report.ChartSpec} (or a {@link org.gdlab.report.HeatMapSpec}) that names what
 * each series means ({@link org.gdlab.report.Look}: a {@link org.gdlab.report.Hue} by meaning, a
 * line, a mark), and is drawn by {@link org.gdlab.report.ChartRenderer} and written as PNG (2x) and
 * SVG by {@link org.gdlab.report.ChartWriter}.
 *
 * <p>The one chart style (docs/charts.md has the whole of it), applied by ChartRenderer to every chart:
 * <ul>
 *   <li>Okabe-Ito colours (colour-blind safe, pale yellow left out), one per meaning across every chart
 *       of a run and of the lab: the k-th shown singular value, an optimizer, an initializer; ordered
 *       families (layers, steps) on viridis; references near-black.</li>
 *   <li>The same hue dashed for the same series under another method or at another time: momentum
 *       solid and GD dashed, train solid and validation dashed, first iteration solid and last dashed.</li>
 *   <li>At most 8 labelled ticks per axis at 1, 2, 5 x 10^k ({@link org.gdlab.report.Ticks}); log
 *       axes labelled at decades with a light minor grid; labels of at most 4 significant digits.</li>
 *   <li>Confidence bands shaded; heat maps on viridis with a labelled colour bar; vertical markers
 *       with distinct dashes and marks; the legend under the plot; titles wrap.</li>
 *   <li>Series with more points than the plot has pixels are thinned to their per-pixel envelope, so
 *       every SVG stays well under 200 KB.</li>
 * </ul>
 */
package org.gdlab.report;
