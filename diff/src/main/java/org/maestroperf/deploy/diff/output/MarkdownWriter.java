package org.maestroperf.deploy.diff.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.diff.BundleDiff;
import org.maestroperf.deploy.diff.Change;
import org.maestroperf.deploy.diff.FieldChange;
import org.maestroperf.deploy.diff.FieldPaths;
import org.maestroperf.deploy.diff.ObjectDiff;

/**
 * {@code -o markdown}, to paste into a pull-request review: the sides, the counts, a table of what
 * each change means for Maestro, then per object a collapsed {@code <details>} section with the
 * changed fields and the YAML diff. Values from the inputs are escaped for where they go (table
 * cells, HTML in the summary line, code fences longer than any run of backticks inside).
 */
public final class MarkdownWriter implements DiffWriter {

    /** Longest value a field table shows; the YAML diff below it has the whole. */
    static final int MAX_VALUE = 80;

    @Override
    public void write(BundleDiff diff, PrintWriter out) {
        out.println("### maestro-deploy diff");
        out.println();
        out.println("old: " + code(diff.oldLabel()) + "  ");
        out.println("new: " + code(diff.newLabel()));
        out.println();
        if (!diff.hasDifferences()) {
            out.println("No differences (" + diff.unchanged() + (diff.unchanged() == 1 ? " object)." : " objects)."));
            out.flush();
            return;
        }
        out.println("**" + diff.summary() + "**");
        out.println();
        out.println("| | object | what it means for Maestro |");
        out.println("|---|---|---|");
        for (ObjectDiff object : diff.objects()) {
            out.println("| " + symbol(object.change()) + " | " + cell(code(object.key().describe())) + " | "
                    + cell(text(object.meaning())) + " |");
        }
        for (ObjectDiff object : diff.objects()) {
            out.println();
            out.println("<details>");
            out.println("<summary>" + symbol(object.change()) + " <code>" + html(object.key().describe()) + "</code>: "
                    + html(object.meaning()) + "</summary>");
            out.println();
            out.println(origins(object));
            out.println();
            if (object.change() == Change.CHANGED) {
                out.println("| field | old | new |");
                out.println("|---|---|---|");
                for (FieldChange field : object.fields()) {
                    out.println("| " + cell(code(field.path())) + " | " + cell(value(field.change() == Change.ADDED, field.oldValue()))
                            + " | " + cell(value(field.change() == Change.REMOVED, field.newValue()))
                            + (field.changedBy() == null ? "" : " (changed on the cluster by " + cell(text(field.changedBy())) + ")")
                            + " |");
                }
                out.println();
            }
            List<String> hunks = Hunks.of(object);
            String fence = fence(hunks);
            out.println(fence + "diff");
            hunks.forEach(out::println);
            out.println(fence);
            out.println();
            out.println("</details>");
        }
        out.flush();
    }

    private static String origins(ObjectDiff object) {
        if (object.oldOrigin() != null && object.newOrigin() != null) {
            return "old: " + code(object.oldOrigin()) + ", new: " + code(object.newOrigin());
        }
        return object.oldOrigin() != null ? "old: " + code(object.oldOrigin()) : "new: " + code(object.newOrigin());
    }

    private static String symbol(Change change) {
        return switch (change) {
            case ADDED -> "➕";
            case REMOVED -> "➖";
            case CHANGED -> "✏️";
        };
    }

    /** A value as one line of YAML flow, or a dash where the side has none. */
    private static String value(boolean absent, Object value) {
        if (absent) {
            return "—";
        }
        String flow = flow(value);
        return code(flow.length() > MAX_VALUE ? flow.substring(0, MAX_VALUE - 1) + "…" : flow);
    }

    private static String flow(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(scalar(k)).append(": ").append(flow(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? ", " : "").append(flow(v)));
            return out.append(']').toString();
        }
        return scalar(value);
    }

    /** Strings in JSON quotes when they would not read back as themselves, or hold a line break. */
    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (!(value instanceof String s)) {
            return value.toString();
        }
        boolean plain = !s.isEmpty() && s.chars().allMatch(c -> c >= 0x20 && c != 0x7f) && !s.matches(
                "(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9.]+([eE][-+]?[0-9]+)?|.*[:#,\\[\\]{}].*|[-?!&*|>'\"%@`\\s].*|.*\\s");
        return plain ? s : FieldPaths.quote(s);
    }

    /** An inline code span that holds any text: delimited by more backticks than any run inside it. */
    private static String code(String text) {
        String safe = Printable.of(text);
        String ticks = "`".repeat(longestRun(safe, '`') + 1);
        boolean pad = safe.startsWith("`") || safe.endsWith("`");
        return ticks + (pad ? " " + safe + " " : safe) + ticks;
    }

    /** Text that is not code: Markdown's punctuation escaped, so a name cannot turn into a link or emphasis. */
    private static String text(String text) {
        return Printable.of(text).replaceAll("([\\\\`*_\\[\\]<>#!~])", "\\\\$1");
    }

    /** A table cell: a pipe ends the cell even inside a code span, unless escaped. */
    private static String cell(String markdown) {
        return markdown.replace("|", "\\|");
    }

    private static String html(String text) {
        return Printable.of(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String fence(List<String> lines) {
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, longestRun(line, '`'));
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
