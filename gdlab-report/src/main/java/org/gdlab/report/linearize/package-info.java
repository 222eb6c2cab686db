/**
 * Charts of the linearization runs ({@code gdlab linearize} and its suite), built from their
 * result records: gradient norms, fit, singular values, principal features and training loss.
 */
package org.gdlab.report.linearize;
