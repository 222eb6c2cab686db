/**
 * Charts of the theory results (gradient descent, momentum, noise, ridge), built from the result
 * records of gdlab-theory alone; nothing here computes a result.
 */
package org.gdlab.report.theory;
