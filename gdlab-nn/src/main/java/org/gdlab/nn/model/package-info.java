/**
 * Networks: {@link org.gdlab.nn.model.FullyConnectedNet}, the fully-connected classifier of the
 * lab, and its parts: the flat {@link org.gdlab.nn.model.ParameterStore} every layer takes views
 * from, and {@link org.gdlab.nn.model.LayerStack}, the layers' forward and backward passes (also
 * used by gdlab-linearize for the Jacobian's factors).
 */
package org.gdlab.nn.model;
