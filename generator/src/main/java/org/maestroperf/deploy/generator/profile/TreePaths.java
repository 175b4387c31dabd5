package org.maestroperf.deploy.generator.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dotted paths into a profile tree: {@code worker.replicas}, list items by name where every item of the
 * list is a map with a {@code name} ({@code worker.env[JAVA_OPTS].value}), otherwise by index.
 */
final class TreePaths {

    private TreePaths() {
    }

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String item(String parent, List<?> list, int index) {
        return item(parent, list, index, isNamedList(list));
    }

    /** The path of every item of a list, in order (whether the list is named is decided once, not per item). */
    static List<String> items(String parent, List<?> list) {
        boolean named = isNamedList(list);
        List<String> paths = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            paths.add(item(parent, list, i, named));
        }
        return paths;
    }

    private static String item(String parent, List<?> list, int index, boolean named) {
        return parent + "[" + (named ? nameOf(list.get(index)) : String.valueOf(index)) + "]";
    }

    /** Lists whose items all are maps with a {@code name} merge by name; an empty list is not named. */
    static boolean isNamedList(List<?> list) {
        if (list.isEmpty()) {
            return false;
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || !isScalar(map.get("name"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScalar(Object value) {
        return value != null && !(value instanceof Map<?, ?>) && !(value instanceof List<?>);
    }

    static String nameOf(Object item) {
        return String.valueOf(((Map<?, ?>) item).get("name"));
    }

    /** True when {@code path} is {@code prefix} itself or lies below it. */
    static boolean isAtOrBelow(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
    }

    /** Converts a JSON pointer such as {@code #/worker/env/0/value} into a dotted path over {@code root}. */
    static String fromPointer(Object root, String pointer) {
        String path = "";
        Object node = root;
        String trimmed = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        if (trimmed.isEmpty() || trimmed.equals("/")) {
            return path;
        }
        for (String raw : trimmed.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (node instanceof List<?> list && token.matches("\\d+") && Integer.parseInt(token) < list.size()) {
                int index = Integer.parseInt(token);
                path = item(path, list, index);
                node = list.get(index);
            } else {
                path = child(path, token);
                node = node instanceof Map<?, ?> map ? map.get(token) : null;
            }
        }
        return path;
    }

    /** The value at a dotted path (with {@code [name]} or {@code [index]} list items), or null when absent. */
    static Object at(Object root, String path) {
        Object node = root;
        int i = 0;
        while (i < path.length() && node != null) {
            if (path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                String selector = path.substring(i + 1, close);
                node = node instanceof List<?> list ? itemOf(list, selector) : null;
                i = close + 1;
            } else {
                int start = path.charAt(i) == '.' ? i + 1 : i;
                int end = start;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                node = node instanceof Map<?, ?> map ? map.get(path.substring(start, end)) : null;
                i = end;
            }
        }
        return node;
    }

    private static Object itemOf(List<?> list, String selector) {
        boolean named = isNamedList(list);
        for (int index = 0; index < list.size(); index++) {
            if ((named ? nameOf(list.get(index)) : String.valueOf(index)).equals(selector)) {
                return list.get(index);
            }
        }
        return null;
    }
}
