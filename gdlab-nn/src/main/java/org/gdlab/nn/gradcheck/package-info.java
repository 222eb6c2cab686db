/**
 * Gradient checks: backward passes compared with centred finite differences in float64, for
 * every layer, every loss and whole networks.
 */
package org.gdlab.nn.gradcheck;
