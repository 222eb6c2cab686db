/**
 * Weight initializers (zero, normal, uniform, He/Kaiming, Xavier/Glorot), each documenting its
 * formula, and the parser of their command-line names.
 */
package org.gdlab.nn.init;
