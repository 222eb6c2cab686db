/**
 * Validation at the boundary: checks whose errors name the parameter, the value and what is
 * allowed.
 */
package org.gdlab.core.validate;
