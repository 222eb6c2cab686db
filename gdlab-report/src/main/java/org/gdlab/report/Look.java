package org.gdlab.report;

/**
 * How a series is drawn: its {@link Hue}, its line and its point marks. The same hue with another
 * line is the same series under another method or at another time: momentum solid, GD dashed;
 * train solid, validation dashed; first iteration solid, last dashed.
 *
 * @param hue the colour's meaning
 * @param line the line, or {@link Line#NONE} for points only
 * @param mark the point marks, or {@link Mark#NONE}
 */
public record Look(Hue hue, Line line, Mark mark) {
    /** A line's dash pattern. */
    public enum Line {
        /** The main method, the first state, train. */
        SOLID,
        /** The other method (GD beside momentum), the later state, validation. */
        DASHED,
        /** A third variant; also palette slots beyond the palette's size. */
        DOTTED,
        /** No line: points only. */
        NONE
    }

    /** A point mark; distinct marks keep overlapping lines or points apart. */
    public enum Mark {
        /** No marks: a line only. */
        NONE,
        /** A filled circle. */
        CIRCLE,
        /** A filled square. */
        SQUARE,
        /** A filled triangle, point up. */
        TRIANGLE,
        /** A filled diamond. */
        DIAMOND,
        /** A filled triangle, point down. */
        DOWN_TRIANGLE,
        /** A filled plus-shaped cross. */
        CROSS,
        /** A filled five-pointed star. */
        STAR
    }

    /**
     * Checks that something is drawn.
     *
     * @param hue the colour's meaning
     * @param line the line, or {@link Line#NONE} for points only
     * @param mark the point marks, or {@link Mark#NONE}
     */
    public Look {
        if (hue == null || line == null || mark == null) {
            throw new IllegalArgumentException("a look needs a hue, a line and a mark (got " + hue + ", " + line + ", " + mark + ")");
        }
        if (line == Line.NONE && mark == Mark.NONE) {
            throw new IllegalArgumentException("a look with line = NONE and mark = NONE draws nothing");
        }
    }

    /**
     * A solid line.
     *
     * @param hue the colour's meaning
     * @return a solid line without marks
     */
    public static Look solid(Hue hue) {
        return new Look(hue, Line.SOLID, Mark.NONE);
    }

    /**
     * A dashed line: the same series under another method or at another time.
     *
     * @param hue the colour's meaning
     * @return a dashed line without marks
     */
    public static Look dashed(Hue hue) {
        return new Look(hue, Line.DASHED, Mark.NONE);
    }

    /**
     * Points only.
     *
     * @param hue the colour's meaning
     * @param mark the points' mark, not {@link Mark#NONE}
     * @return points without a line
     */
    public static Look points(Hue hue, Mark mark) {
        return new Look(hue, Line.NONE, mark);
    }

    /**
     * A near-black dashed reference line (a threshold, a bound, a limit).
     *
     * @return the dashed near-black look
     */
    public static Look reference() {
        return new Look(Hue.REFERENCE, Line.DASHED, Mark.NONE);
    }

    /**
     * A near-black dotted reference line, for a second reference beside {@link #reference()}.
     *
     * @return the dotted near-black look
     */
    public static Look reference2() {
        return new Look(Hue.REFERENCE, Line.DOTTED, Mark.NONE);
    }

    /**
     * This look with another mark (a line with marks at its points).
     *
     * @param m the mark at each point
     * @return a new look with this hue and line and mark {@code m}
     */
    public Look withMark(Mark m) {
        return new Look(hue, line, m);
    }
}
