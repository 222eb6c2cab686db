/**
 * The one interface through which long work reports progress.
 *
 * <p>Entry point: {@link org.gdlab.core.progress.ProgressListener}.
 */
package org.gdlab.core.progress;
