/**
 * Layers: a forward pass that returns the output and fills a cache with what backward needs, and
 * a backward pass that returns the input gradient and accumulates the parameter gradients.
 *
 * <p>Entry points: {@link org.gdlab.nn.layer.Layer} and {@link org.gdlab.nn.layer.Nonlinearity}.
 */
package org.gdlab.nn.layer;
