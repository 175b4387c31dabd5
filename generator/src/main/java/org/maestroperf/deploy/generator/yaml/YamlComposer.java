package org.maestroperf.deploy.generator.yaml;

import org.maestroperf.deploy.input.TextStreamReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads one YAML document into SnakeYAML's node tree, which keeps every node's position. */
public final class YamlComposer {

    private static final Resolver RESOLVER = new Resolver();

    private YamlComposer() {
    }

    /**
     * The single document of {@code text} (null when empty). Only the composer runs: the Yaml facade
     * would also build a constructor, dumper and representer per call, which dominates on small files.
     */
    public static Node composeOne(String text, LoaderOptions options) {
        return new Composer(new ParserImpl(new TextStreamReader(text), options), RESOLVER, options).getSingleNode();
    }
}
