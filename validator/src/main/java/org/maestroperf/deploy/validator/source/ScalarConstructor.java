package org.maestroperf.deploy.validator.source;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The Java value of a resolved YAML scalar as {@link ScalarValue} holds it: null, a String, a
 * Long (ints), BigInteger, Double or Boolean, built by SnakeYAML's safe constructors; a scalar
 * they cannot read stays its text.
 */
final class ScalarConstructor extends SafeConstructor {

    ScalarConstructor(LoaderOptions options) {
        super(options);
    }

    /** The value of a scalar whose tag is null, int, float or bool (anything else is a string). */
    Object typed(ScalarNode node) {
        if (node.getTag().equals(Tag.NULL)) {
            return null;
        }
        try {
            Object o = getConstructor(node).construct(node);
            return o instanceof Integer i ? Long.valueOf(i.longValue()) : o;
        } catch (RuntimeException e) {
            return node.getValue();
        }
    }

    /** Whether a scalar of this tag is read as something other than a string. */
    static boolean isTyped(Tag tag) {
        return tag.equals(Tag.NULL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL);
    }
}
