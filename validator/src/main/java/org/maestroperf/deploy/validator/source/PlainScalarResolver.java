package org.maestroperf.deploy.validator.source;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's YAML 1.1 resolver with fast paths: a plain scalar that starts with a letter can
 * only be a boolean or null when it is short and starts with one of their letters; every other
 * one is a string without trying the regular expressions (most keys and names of a manifest).
 * Plain decimal numbers ({@code 80}, {@code 1883}) are integers without them too (leading zeros
 * and everything else go the regular way).
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
            if (isDecimal(value)) {
                return Tag.INT;
            }
        }
        return super.resolve(kind, value, implicit);
    }

    /** {@code 0} or a decimal without a leading zero, short enough for a long. */
    private static boolean isDecimal(String value) {
        if (value.length() > 18 || (value.charAt(0) == '0' && value.length() > 1)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
