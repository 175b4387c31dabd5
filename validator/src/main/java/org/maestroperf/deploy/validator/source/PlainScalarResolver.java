package org.maestroperf.deploy.validator.source;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's YAML 1.1 resolver with a fast path: a plain scalar that starts with a letter can
 * only be a boolean or null when it is short and starts with one of their letters; every other
 * one is a string without trying the regular expressions (most keys and names of a manifest).
 */
final class PlainScalarResolver extends Resolver {

    private static final String BOOL_OR_NULL_START = "yYnNtTfFoO";
    /** The longest YAML 1.1 boolean or null spelled with letters ("false"). */
    private static final int LONGEST_WORD = 5;

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && !value.isEmpty()) {
            char first = value.charAt(0);
            boolean letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
            if (letter && (value.length() > LONGEST_WORD || BOOL_OR_NULL_START.indexOf(first) < 0)) {
                return Tag.STR;
            }
        }
        return super.resolve(kind, value, implicit);
    }
}
