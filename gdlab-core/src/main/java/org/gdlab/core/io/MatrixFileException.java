package org.gdlab.core.io;

import java.nio.file.Path;

/**
 * A matrix file that cannot be read as what it claims to be. The message names the file and
 * where the problem is: a byte offset for binary files, a line and column for text files.
 */
public final class MatrixFileException extends IllegalArgumentException {
    private MatrixFileException(String message) {
        super(message);
    }

    /**
     * A problem at a byte offset of a binary file.
     *
     * @param file the file the problem is in
     * @param offset the byte offset of the problem, from 0
     * @param problem what is wrong there
     * @return the exception, its message naming the file and offset
     */
    public static MatrixFileException atByte(Path file, long offset, String problem) {
        return new MatrixFileException(file + ": at byte " + offset + ": " + problem);
    }

    /**
     * A problem at a line and column (both from 1) of a text file.
     *
     * @param file the file the problem is in
     * @param line the line of the problem, from 1
     * @param column the column of the problem, from 1
     * @param problem what is wrong there
     * @return the exception, its message naming the file, line and column
     */
    public static MatrixFileException atLine(Path file, long line, int column, String problem) {
        return new MatrixFileException(file + ": line " + line + ", column " + column + ": " + problem);
    }

    /**
     * A problem with the file as a whole.
     *
     * @param file the file the problem is in
     * @param problem what is wrong with it
     * @return the exception, its message naming the file
     */
    public static MatrixFileException of(Path file, String problem) {
        return new MatrixFileException(file + ": " + problem);
    }
}
