/**
 * Matrix files: numpy's .npy and comma-separated text, read with errors that name the file and
 * the byte offset or line, and written atomically.
 */
package org.gdlab.core.io;
