/**
 * Layers: a forward pass that returns the output and fills a cache with what backward needs, and
 * a backward pass that returns the input gradient and accumulates the parameter gradients.
 */
package org.gdlab.nn.layer;
