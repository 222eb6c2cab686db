/**
 * Charts of the theory results (gdlab-theory's result records): what each analysis draws, built
 * from its result alone, never recomputing it.
 */
package org.gdlab.report.theory;
