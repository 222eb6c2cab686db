package org.gdlab.core.io;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The numpy element types gdlab reads, by their type code ({@code f4}, {@code f8}, {@code i1} ...
 * {@code u8}, {@code b1}); the byte order comes separately from the descr prefix.
 */
public enum NpyDtype {
    /** {@code f4}: IEEE 754 float32. */
    FLOAT32("f4", 4) {
        @Override
        double read(ByteBuffer b, int k) {
            return b.getFloat(k * 4);
        }
    },
    /** {@code f8}: IEEE 754 float64. */
    FLOAT64("f8", 8) {
        @Override
        double read(ByteBuffer b, int k) {
            return b.getDouble(k * 8);
        }
    },
    /** {@code i1}: signed 8-bit integer. */
    INT8("i1", 1) {
        @Override
        double read(ByteBuffer b, int k) {
            return b.get(k);
        }
    },
    /** {@code u1}: unsigned 8-bit integer. */
    UINT8("u1", 1) {
        @Override
        double read(ByteBuffer b, int k) {
            return b.get(k) & 0xff;
        }
    },
    /** {@code b1}: boolean, one byte, read as 0 or 1. */
    BOOL("b1", 1) {
        @Override
        double read(ByteBuffer b, int k) {
            return b.get(k) != 0 ? 1 : 0;
        }
    },
    /** {@code i2}: signed 16-bit integer. */
    INT16("i2", 2) {
        @Override
        double read(ByteBuffer b, int k) {
            return b.getShort(k * 2);
        }
    },
    /** {@code u2}: unsigned 16-bit integer. */
    UINT16("u2", 2) {
        @Override
        double read(ByteBuffer b, int k) {
            return b.getShort(k * 2) & 0xffff;
        }
    },
    /** {@code i4}: signed 32-bit integer. */
    INT32("i4", 4) {
        @Override
        double read(ByteBuffer b, int k) {
            return b.getInt(k * 4);
        }
    },
    /** {@code u4}: unsigned 32-bit integer. */
    UINT32("u4", 4) {
        @Override
        double read(ByteBuffer b, int k) {
            return b.getInt(k * 4) & 0xffffffffL;
        }
    },
    /** {@code i8}: signed 64-bit integer (as a double, exact up to {@code 2^53}). */
    INT64("i8", 8) {
        @Override
        double read(ByteBuffer b, int k) {
            return b.getLong(k * 8);
        }
    },
    /** {@code u8}: unsigned 64-bit integer (as a double, exact up to {@code 2^53}). */
    UINT64("u8", 8) {
        @Override
        double read(ByteBuffer b, int k) {
            long v = b.getLong(k * 8);
            return v >= 0 ? v : (double) (v >>> 1) * 2 + (v & 1);
        }
    };

    private final String code;
    private final int bytes;

    NpyDtype(String code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** Element {@code k} of {@code b} (whose byte order is set) as a double. */
    abstract double read(ByteBuffer b, int k);

    /**
     * The numpy type code without byte order, e.g. {@code f4}.
     *
     * @return the two-character type code
     */
    public String code() {
        return code;
    }

    /**
     * Bytes per element.
     *
     * @return the size of one element in bytes
     */
    public int bytes() {
        return bytes;
    }

    /** The type for a code such as {@code f8}, or null. */
    static NpyDtype ofCode(String code) {
        for (NpyDtype t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return null;
    }

    /** The supported descr strings, for error messages. */
    static String supported() {
        return Arrays.stream(values()).map(t -> "<" + t.code).collect(Collectors.joining(", "));
    }
}
