package org.maestroperf.deploy.validator.source;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901) over {@link Value} trees, and the source position they point at. */
public final class Pointers {

    private Pointers() {
    }

    /** Escapes one reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Appends a key or index to a pointer. */
    public static String child(String pointer, String token) {
        return pointer + "/" + escape(token);
    }

    public static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty() || pointer.equals("#")) {
            return out;
        }
        String p = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        for (String t : p.substring(1).split("/", -1)) {
            out.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /**
     * Line and column of the node a pointer names: the key's position for a mapping entry, the
     * node's own for a sequence element; the deepest existing ancestor when the path does not exist.
     */
    public static int[] position(Value root, String pointer) {
        Value node = root;
        int line = root.line();
        int column = root.column();
        for (String token : tokens(pointer)) {
            if (node instanceof MapValue map) {
                int i = map.indexOf(token);
                if (i < 0) {
                    break;
                }
                line = map.keyLine(i);
                column = map.keyColumn(i);
                node = map.value(i);
            } else if (node instanceof ListValue list) {
                Value next = list.get(parseIndex(token));
                if (next.isMissing()) {
                    break;
                }
                node = next;
                line = next.line();
                column = next.column();
            } else {
                break;
            }
        }
        return new int[] {line, column};
    }

    /** The value a pointer names, or null when the path does not exist. */
    public static Value valueAt(Value root, String pointer) {
        Value node = root;
        for (String token : tokens(pointer)) {
            if (node instanceof MapValue map && map.indexOf(token) >= 0) {
                node = map.value(map.indexOf(token));
            } else if (node instanceof ListValue list && !list.get(parseIndex(token)).isMissing()) {
                node = list.get(parseIndex(token));
            } else {
                return null;
            }
        }
        return node;
    }

    private static int parseIndex(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
