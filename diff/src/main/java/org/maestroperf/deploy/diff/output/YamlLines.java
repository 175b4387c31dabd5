package org.maestroperf.deploy.diff.output;

import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * An object as the lines of block YAML the hunks are made of, in the layout the generator writes
 * (two-space indent, list items indented under their key, multi-line strings as literal blocks),
 * so that a diff of two bundles reads like their files. SnakeYAML quotes what needs quoting.
 */
final class YamlLines {

    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(YamlLines::yaml);

    private YamlLines() {
    }

    static List<String> of(Map<String, Object> tree) {
        if (tree == null) {
            return List.of();
        }
        return YAML.get().dump(tree).lines().toList();
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(new LiteralStrings(options), options);
    }

    /** Strings with line breaks as {@code |} blocks, as a ConfigMap's file is written; unprintable ones escaped. */
    private static final class LiteralStrings extends Representer {
        LiteralStrings(DumperOptions options) {
            super(options);
            Represent plain = representers.get(String.class);
            representers.put(String.class, data -> {
                String text = (String) data;
                if (!StreamReader.isPrintable(text)) {
                    // SnakeYAML would write such text as !!binary base64; escaped, it stays readable
                    return representScalar(Tag.STR, text, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
                }
                if (text.indexOf('\n') >= 0) {
                    return representScalar(Tag.STR, text, DumperOptions.ScalarStyle.LITERAL);
                }
                return plain.representData(data);
            });
        }
    }
}
