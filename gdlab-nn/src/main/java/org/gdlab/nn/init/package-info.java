/**
 * Weight initializers (zero, normal, uniform, He/Kaiming, Xavier/Glorot), each documenting its
 * formula, and the parser of their command-line names.
 *
 * <p>Entry points: {@link org.gdlab.nn.init.Initializers#parse} and {@link
 * org.gdlab.nn.init.Initializer}.
 */
package org.gdlab.nn.init;
