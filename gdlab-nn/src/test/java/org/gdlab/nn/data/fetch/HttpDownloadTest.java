package org.gdlab.nn.data.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HttpDownloadTest {
    @Test
    void theStatusGivesBytesRateAndTimeLeft() {
        // 10 MB of 40 MB, 5 MB of them in this session in 2 s: 2.5 MB/s, 30 MB left: 12 s
        assertEquals("10.0 MB of 40.0 MB  2.5 MB/s  12 s left", HttpDownload.status(10_000_000, 40_000_000, 5_000_000, 2_000_000_000L));
        assertEquals("29.5 kB  14.8 kB/s", HttpDownload.status(29_515, 0, 29_515, 2_000_000_000L));
        assertEquals("0.0 kB of 1.0 kB  0.0 kB/s  time left unknown", HttpDownload.status(0, 1000, 0, 1_000_000_000L));
    }
}
