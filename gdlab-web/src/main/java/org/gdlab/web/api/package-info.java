/**
 * The explorer's JSON API: one request record per panel, read by Jackson and turned into the same
 * validated config records the command line builds (GdConfig, MomentumConfig, ScalarNoiseConfig,
 * ToyConfig, ...), within the bounds of {@link org.gdlab.web.api.Bounds}; the answers are the
 * analyses' own result records.
 *
 * <p>Entry points: the requests, e.g. {@link org.gdlab.web.api.MomentumRequest}, and {@link
 * org.gdlab.web.api.Bounds}.
 */
package org.gdlab.web.api;
