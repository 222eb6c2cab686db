/**
 * Validation at the boundary: checks whose errors name the parameter, the value and what is
 * allowed.
 *
 * <p>Entry points: {@link org.gdlab.core.validate.Check} and {@link org.gdlab.core.validate.Cost}.
 */
package org.gdlab.core.validate;
