package org.maestroperf.deploy.openshift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Template's parameters as the table {@code oc process --parameters} prints: NAME, DESCRIPTION, GENERATOR, VALUE. */
public final class ParameterTable {

    private ParameterTable() {
    }

    /** The table, one parameter per line, columns padded to their widest cell. */
    public static String of(String source, Object template) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "DESCRIPTION", "GENERATOR", "VALUE"});
        for (Map<String, Object> p : TemplateShape.of(source, template).parameters()) {
            rows.add(new String[] {cell(p.get("name")), cell(p.get("description")), cell(p.get("generate")),
                    p.get("generate") != null && p.get("value") == null ? cell(p.get("from")) : cell(p.get("value"))});
        }
        int[] widths = new int[4];
        rows.forEach(r -> {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                line.append(i < 3 ? String.format("%-" + (widths[i] + 3) + "s", r[i]) : r[i]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** One line, whatever the value holds. */
    private static String cell(Object value) {
        return value == null ? "" : String.valueOf(value).replaceAll("\\s+", " ").strip();
    }
}
