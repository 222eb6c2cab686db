/**
 * Networks: the flat parameter store every layer takes views from, and {@link
 * org.gdlab.nn.model.FullyConnectedNet}, the fully-connected classifier of the lab.
 */
package org.gdlab.nn.model;
