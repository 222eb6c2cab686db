package org.gdlab.nn.data.fetch;

import java.time.Duration;
import org.gdlab.core.validate.Check;

/**
 * How patient a download is.
 *
 * @param connectTimeout how long to wait for a mirror to accept the connection
 * @param readTimeout how long a download may go without receiving a byte before it counts as stalled
 * @param attempts how many times one mirror is tried (each further attempt resumes the partial
 *     file) before the next mirror
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, int attempts) {
    /** 15 s to connect, 30 s without data, 3 attempts per mirror. */
    public static final FetchSettings DEFAULT = new FetchSettings(Duration.ofSeconds(15), Duration.ofSeconds(30), 3);

    /**
     * Checks that the timeouts are at least a millisecond and the attempts at least 1.
     *
     * @param connectTimeout the connection timeout, {@code >= 1 ms}
     * @param readTimeout the stall timeout, {@code >= 1 ms}
     * @param attempts the attempts per mirror, {@code >= 1}
     */
    public FetchSettings {
        if (connectTimeout.toMillis() < 1) {
            throw Check.invalid("connectTimeout", connectTimeout, "must be >= 1 ms");
        }
        if (readTimeout.toMillis() < 1) {
            throw Check.invalid("readTimeout", readTimeout, "must be >= 1 ms");
        }
        Check.positive("attempts", attempts);
    }
}
