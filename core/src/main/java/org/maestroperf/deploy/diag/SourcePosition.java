package org.maestroperf.deploy.diag;

/**
 * A place in a user's input: file (or a pseudo-source such as {@code --set}), 1-based line and column.
 *
 * @param file   the file, or a pseudo-source such as {@code --set worker.replicas=4}
 * @param line   1-based line, 0 when the source has no lines
 * @param column 1-based column, 0 when the source has no lines
 */
public record SourcePosition(String file, int line, int column) {

    /**
     * A position for input that has no lines, such as a command-line option.
     *
     * @param source what the input was, e.g. {@code --set worker.replicas=4}
     * @return the position
     */
    public static SourcePosition of(String source) {
        return new SourcePosition(source, 0, 0);
    }

    /** {@code file:line:column}, or the file alone when it has no lines: how every problem starts. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
