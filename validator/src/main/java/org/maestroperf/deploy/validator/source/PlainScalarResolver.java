package org.maestroperf.deploy.validator.source;

import java.util.Set;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's YAML 1.1 resolver with fast paths for the common plain scalars, without trying its
 * regular expressions: one that starts with a letter is a string unless it is one of the boolean
 * or null words (the only implicit types SnakeYAML tries for a first letter); a quantity such as
 * {@code 100m} or {@code 128Mi} (a decimal, then letters only) can be no number, date or boolean,
 * so is a string too; plain decimal numbers ({@code 80}, {@code 1883}) are integers. Everything
 * else (leading zeros, signs, dots, colons, ...) goes the regular way.
 */
final class PlainScalarResolver extends Resolver {

    /** The spellings SnakeYAML's YAML 1.1 boolean and null expressions accept that start with a letter. */
    private static final Set<String> BOOL_OR_NULL_WORDS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True",
            "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL");

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && !value.isEmpty()) {
            if (isLetter(value.charAt(0))) {
                return BOOL_OR_NULL_WORDS.contains(value) ? super.resolve(kind, value, implicit) : Tag.STR;
            }
            if (isDecimal(value)) {
                return Tag.INT;
            }
            if (isQuantity(value)) {
                return Tag.STR;
            }
        }
        return super.resolve(kind, value, implicit);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A decimal without a leading zero followed by letters only, such as {@code 500m} or {@code 1Gi}. */
    private static boolean isQuantity(String value) {
        int i = 0;
        if (value.charAt(0) < '1' || value.charAt(0) > '9') {
            return false;
        }
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        while (i < value.length() && isLetter(value.charAt(i))) {
            i++;
        }
        return i == value.length();
    }

    /** {@code 0} or a decimal without a leading zero, short enough for a long. */
    static boolean isDecimal(String value) {
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
