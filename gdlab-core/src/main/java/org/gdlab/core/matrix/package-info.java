/**
 * Dense row-major matrices in float32 and float64, kept off-heap so that OpenBLAS reads them in
 * place; views of rows and blocks share their parent's storage.
 *
 * <p>Entry points: {@link org.gdlab.core.matrix.MatrixF32} and {@link
 * org.gdlab.core.matrix.MatrixF64}.
 */
package org.gdlab.core.matrix;
