package org.maestroperf.deploy.generator.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.diag.Suggestions;
import org.maestroperf.deploy.diag.UserException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Prints an effective profile as {@code key.path: value    # where it was set}, one line per leaf, in the
 * profile's own key order.
 */
public final class ProfileExplainer {

    private static final int MAX_ALIGN = 56;
    private static final Resolver RESOLVER = new Resolver();

    private ProfileExplainer() {
    }

    /**
     * The lines for every leaf, or only for {@code key} and what lies below it when it is not null.
     *
     * @throws UserException when {@code key} names nothing in the profile
     */
    public static List<String> explain(EffectiveProfile profile, String key) {
        List<String[]> leaves = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        walk(profile.values(), "", leaves, paths);
        List<String[]> selected = leaves.stream()
                .filter(leaf -> key == null || TreePaths.isAtOrBelow(leaf[0], key)).toList();
        if (selected.isEmpty()) {
            String hint = Suggestions.didYouMean(key, paths);
            throw new UserException("unknown key '" + key + "'" + hint);
        }
        int width = 0;
        for (String[] leaf : selected) {
            width = Math.max(width, leaf[0].length() + 2 + leaf[1].length());
        }
        width = Math.min(width, MAX_ALIGN);
        List<String> lines = new ArrayList<>();
        for (String[] leaf : selected) {
            String text = leaf[0] + ": " + leaf[1];
            lines.add(text + " ".repeat(Math.max(1, width - text.length() + 4)) + "# " + originOf(profile, leaf[0]));
        }
        return lines;
    }

    private static void walk(Object value, String path, List<String[]> leaves, Set<String> paths) {
        if (!path.isEmpty()) {
            paths.add(path);
        }
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, child) -> walk(child, TreePaths.child(path, (String) key), leaves, paths));
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), TreePaths.item(path, list, i), leaves, paths);
            }
        } else {
            leaves.add(new String[] {path, render(value)});
        }
    }

    /** A leaf's own origin, else that of the nearest list or map above it that has one. */
    private static SourcePosition originOf(EffectiveProfile profile, String path) {
        String at = path;
        while (!profile.origins().containsKey(at)) {
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            if (cut < 0) {
                return SourcePosition.of("(unknown)");
            }
            at = at.substring(0, cut);
        }
        return profile.origins().get(at);
    }

    /** YAML-ish: plain when YAML would read it back as the same string, otherwise double-quoted. */
    static String render(Object value) {
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?>) {
            return "[]";
        }
        if (!(value instanceof String text)) {
            return String.valueOf(value);
        }
        boolean plain = text.matches("[A-Za-z0-9_/][A-Za-z0-9_./:@+=-]*")
                && RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.STR);
        if (plain) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
