/**
 * The one interface through which long work reports progress.
 */
package org.gdlab.core.progress;
