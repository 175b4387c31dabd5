package org.maestroperf.deploy.diff.output;

import java.io.PrintWriter;

import org.maestroperf.deploy.diff.BundleDiff;
import org.maestroperf.deploy.diff.Change;
import org.maestroperf.deploy.diff.ObjectDiff;

/**
 * {@code -o text}: what the sides are, one line per differing object with what it means for
 * Maestro, the counts, then a unified diff of each object's YAML as {@code kubectl diff} prints it.
 * Coloured (ANSI) when asked: headers bold, removed lines red, added green, hunk ranges cyan.
 */
public final class TextWriter implements DiffWriter {

    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String CYAN = "\u001b[36m";
    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    public TextWriter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(BundleDiff diff, PrintWriter out) {
        out.println(paint(BOLD, "maestro-deploy diff"));
        out.println("  old: " + Printable.of(diff.oldLabel()));
        out.println("  new: " + Printable.of(diff.newLabel()));
        out.println();
        if (!diff.hasDifferences()) {
            out.println("no differences (" + diff.unchanged() + (diff.unchanged() == 1 ? " object)" : " objects)"));
            out.flush();
            return;
        }
        for (ObjectDiff object : diff.objects()) {
            out.println(paint(colourOf(object.change()), object.change().symbol()) + " "
                    + Printable.of(object.key().describe()) + ": " + Printable.of(object.meaning()));
        }
        out.println();
        out.println(diff.summary());
        for (ObjectDiff object : diff.objects()) {
            out.println();
            String file = Printable.of(Hunks.fileName(object));
            out.println(paint(BOLD, "--- old/" + file + origin(object.oldOrigin())));
            out.println(paint(BOLD, "+++ new/" + file + origin(object.newOrigin())));
            for (String line : Hunks.of(object)) {
                out.println(line(line));
            }
        }
        out.flush();
    }

    private String line(String line) {
        if (line.startsWith("@@")) {
            return paint(CYAN, line);
        }
        if (line.startsWith("-")) {
            return paint(RED, line);
        }
        return line.startsWith("+") ? paint(GREEN, line) : line;
    }

    private static String origin(String origin) {
        return origin == null ? "" : "\t" + Printable.of(origin);
    }

    private static String colourOf(Change change) {
        return switch (change) {
            case ADDED -> GREEN;
            case REMOVED -> RED;
            case CHANGED -> CYAN;
        };
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
