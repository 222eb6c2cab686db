/**
 * Charts of the theory results (gradient descent, momentum), built from the result records of
 * gdlab-theory; nothing here computes a result.
 */
package org.gdlab.report.theory;
