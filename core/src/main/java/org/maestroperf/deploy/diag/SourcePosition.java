package org.maestroperf.deploy.diag;

/** A place in a user's input: file (or a pseudo-source such as {@code --set}), 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

    /** A position for input that has no lines, such as a command-line option. */
    public static SourcePosition of(String source) {
        return new SourcePosition(source, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
