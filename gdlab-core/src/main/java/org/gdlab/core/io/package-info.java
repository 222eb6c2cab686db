/**
 * Matrix files: numpy's .npy and comma-separated text, read with errors that name the file and
 * the byte offset or line, and written atomically.
 *
 * <p>Entry points: {@link org.gdlab.core.io.MatrixFiles} (read any matrix file), {@link
 * org.gdlab.core.io.NpyFile}, {@link org.gdlab.core.io.CsvMatrix}, {@link
 * org.gdlab.core.io.JsonFiles}, {@link org.gdlab.core.io.AtomicFiles} and {@link
 * org.gdlab.core.io.RunFolderLock}.
 */
package org.gdlab.core.io;
