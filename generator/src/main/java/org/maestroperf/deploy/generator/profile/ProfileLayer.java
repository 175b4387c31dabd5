package org.maestroperf.deploy.generator.profile;

import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.diag.SourcePosition;

/**
 * One profile file as read: its own values (without the {@code description}/{@code extends} metadata) with
 * the positions of every value and key, and the parents it names.
 *
 * @param name        what {@link EffectiveProfile#layers()} calls it: the built-in name or the file path
 * @param file        the file name positions report ({@code profiles/<name>.yaml} for a built-in)
 * @param parents     the {@code extends} entries in order
 * @param document    the whole parsed file, metadata included (what the schema checks)
 * @param values      the mergeable values: the document without {@code description} and {@code extends}
 */
record ProfileLayer(String name, String file, List<Parent> parents, YamlTree document,
                    Map<String, Object> values) {

    /** An {@code extends} entry and where it is written. */
    record Parent(String ref, SourcePosition position) {
    }
}
