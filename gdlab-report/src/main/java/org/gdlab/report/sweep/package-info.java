/**
 * The page of a sweep ({@code gdlab sweep}'s index.html): the table of points, the metric against
 * each axis and a heat map over two axes, drawn from sweep.json's record.
 */
package org.gdlab.report.sweep;
