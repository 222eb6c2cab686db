/**
 * {@code gdlab explore}: a loopback HTTP server (the JDK's HttpServer) that guards every request by
 * a random token and the Host header, serves the page from this jar's resources, and answers the
 * page's JSON requests with gdlab's analyses (see {@link org.gdlab.web.api}).
 *
 * <p>Entry point: {@link org.gdlab.web.ExploreServer}.
 */
package org.gdlab.web;
