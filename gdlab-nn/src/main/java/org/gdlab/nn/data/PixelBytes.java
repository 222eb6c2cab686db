package org.gdlab.nn.data;

import java.nio.FloatBuffer;

/**
 * Image bytes to float32 pixels: {@code x = b / 255}, so that every pixel lies in {@code [0, 1]}.
 * The conversion is a table look-up over a block, written to the matrix buffer in bulk.
 */
final class PixelBytes {
    private static final float[] SCALED = new float[256];

    static {
        for (int b = 0; b < SCALED.length; b++) {
            SCALED[b] = b / 255f;
        }
    }

    private PixelBytes() {
    }

    /**
     * Writes {@code bytes[from .. from+length)} as scaled pixels to {@code out[at .. at+length)}.
     *
     * @param scratch a work array of at least {@code length} floats (overwritten)
     */
    static void convert(byte[] bytes, int from, int length, float[] scratch, FloatBuffer out, int at) {
        for (int k = 0; k < length; k++) {
            scratch[k] = SCALED[bytes[from + k] & 0xff];
        }
        out.put(at, scratch, 0, length);
    }
}
