/**
 * The comparisons of docs/questions.md section 6 in one run: small, large and He initialization;
 * shallow against deep; training on part of the range against all of it.
 *
 * <p>Entry point: {@link org.gdlab.linearize.suite.LinearizeSuite}.
 */
package org.gdlab.linearize.suite;
