package org.maestroperf.deploy.openshift;

import org.maestroperf.deploy.text.Json;
import org.maestroperf.deploy.yaml.YamlValues;

/**
 * Writes plain trees as block YAML or JSON, in map order, so the same tree always gives the same bytes.
 * Every YAML scalar goes through {@link YamlValues}: strings are plain only when they read back as the
 * same string, multi-line text is a literal block when that round-trips, everything else is quoted.
 */
public final class TreeWriter {

    private static final YamlValues Y = new YamlValues();

    private TreeWriter() {
    }

    /** The tree as one YAML document ending in a newline. */
    public static String yaml(Object tree) {
        return Y.tree(tree, 0) + "\n";
    }

    /** The tree as indented JSON ending in a newline. */
    public static String json(Object tree) {
        return Json.indented(tree) + "\n";
    }
}
