package org.gdlab.web;

/**
 * A request the server refuses with a status other than 400 (a bad value is an
 * {@link IllegalArgumentException}, answered with 400 and its message).
 */
final class HttpFailure extends RuntimeException {
    private final int status;

    /**
     * @param status the HTTP status: 403 (no token, wrong Host), 404, 405, 409 (a live training is
     *     already running), 413 (upload too large)
     * @param message the one line the page shows
     */
    HttpFailure(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The HTTP status. */
    int status() {
        return status;
    }
}
