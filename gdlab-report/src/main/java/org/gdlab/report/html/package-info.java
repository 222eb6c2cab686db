/**
 * The lab's report as one self-contained HTML page ({@code index.html}): one section per question
 * of docs/questions.md, its answer, charts and explanation read from the lab folder's results files.
 *
 * <p>Entry point: {@link org.gdlab.report.html.LabPage}.
 */
package org.gdlab.report.html;
