package org.maestroperf.deploy.openshift;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.input.AliasExpansion;
import org.maestroperf.deploy.input.InputLimits;
import org.maestroperf.deploy.input.TextStreamReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML or JSON into plain trees (LinkedHashMap, List, String, Integer/Long/BigInteger, Double,
 * Boolean, null), within the {@link InputLimits}: each document is checked as its aliases would
 * expand before it is built. Timestamps stay strings, as they do in Kubernetes objects.
 */
public final class TreeReader {

    private TreeReader() {
    }

    /** The single document in {@code text}; errors name {@code source} and the line. */
    public static Object readOne(String source, String text) {
        List<Object> documents = readAll(source, text);
        if (documents.size() != 1) {
            throw new UserException(source + ": expected one YAML document, found " + documents.size());
        }
        return documents.get(0);
    }

    private static List<Object> readAll(String source, String text) {
        List<Object> documents = new ArrayList<>();
        LoaderOptions options = InputLimits.loaderOptions();
        options.setAllowDuplicateKeys(false);
        Composer composer = new Composer(new ParserImpl(new TextStreamReader(text), options), new NoTimestampResolver(), options);
        TreeConstructor constructor = new TreeConstructor(options);
        try {
            while (composer.checkNode()) {
                Node node = composer.getNode();
                String problem = AliasExpansion.problem(source, node);
                if (problem != null) {
                    throw new UserException(problem);
                }
                Object document = node == null ? null : constructor.construct(node);
                if (document != null) {
                    documents.add(document);
                }
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            int column = e.getProblemMark() == null ? 0 : e.getProblemMark().getColumn() + 1;
            throw new UserException(source + ":" + line + ":" + column + ": invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new UserException(source + ": invalid YAML: " + e.getMessage());
        }
        return documents;
    }

    /** SnakeYAML's safe construction of one composed document. */
    private static final class TreeConstructor extends SafeConstructor {
        TreeConstructor(LoaderOptions options) {
            super(options);
        }

        Object construct(Node node) {
            return constructDocument(node);
        }
    }

    /** YAML 1.1 resolution like kubectl's reader, minus timestamps (they stay strings). */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }
}
