package org.maestroperf.deploy.validator.source;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.input.InputLimits;
import org.maestroperf.deploy.input.TextStreamReader;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Turns the text of one input into the Kubernetes objects it holds (every YAML document, every
 * item of a {@code kind: List}, every object of an OpenShift Template) and the problems that stop
 * an object from being read, as findings: syntax errors, duplicate keys, missing apiVersion/kind,
 * limits exceeded.
 */
public final class DocumentParser {

    /** Stateless once built (its tables are only read), so one serves every input and thread. */
    private static final PlainScalarResolver RESOLVER = new PlainScalarResolver();

    /** What one input turned into. */
    public record Result(List<Manifest> manifests, List<Finding> findings) {
    }

    private DocumentParser() {
    }

    public static Result parse(SourceDocument source) {
        List<Manifest> manifests = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        String file = source.name();
        if (source.content().length() > InputLimits.MAX_CODE_POINTS) {
            findings.add(error(file, 1, 1, "", "input-too-large",
                    "input has more than " + InputLimits.MAX_CODE_POINTS + " characters; refused"));
            return new Result(manifests, findings);
        }
        try {
            return fromEvents(source);
        } catch (EventTreeBuilder.NeedsComposer e) {
            return fromNodes(source);
        }
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = InputLimits.loaderOptions();
        options.setAllowDuplicateKeys(true);
        return options;
    }

    private static ParserImpl parser(SourceDocument source, LoaderOptions options) {
        return new ParserImpl(new TextStreamReader(source.content()), options);
    }

    /** The common case: values built straight from the parser's events. */
    static Result fromEvents(SourceDocument source) {
        List<Manifest> manifests = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        LoaderOptions options = loaderOptions();
        EventTreeBuilder builder = new EventTreeBuilder(parser(source, options), RESOLVER, options, source.name());
        int index = 0;
        try {
            for (EventTreeBuilder.Document d = builder.next(); d != null; d = builder.next()) {
                findings.addAll(d.findings());
                document(source, index++, d.root(), d.tooLarge() ? NodeConverter.TOO_LARGE : null, manifests, findings);
            }
        } catch (YAMLException e) {
            findings.add(syntaxError(source.name(), e));
        }
        return new Result(manifests, findings);
    }

    /** Inputs with anchors, aliases, merge keys or explicit tags: SnakeYAML's node graph, then values. */
    static Result fromNodes(SourceDocument source) {
        List<Manifest> manifests = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        LoaderOptions options = loaderOptions();
        Composer composer = new Composer(parser(source, options), RESOLVER, options);
        NodeConverter converter = new NodeConverter(source.name(), options, findings);
        int index = 0;
        try {
            while (composer.checkNode()) {
                Node node = composer.getNode();
                int documentIndex = index++;
                if (node == null) {
                    continue;
                }
                Value value = converter.convert(node);
                document(source, documentIndex, value, converter.refusal(), manifests, findings);
            }
        } catch (YAMLException e) {
            findings.add(syntaxError(source.name(), e));
        }
        return new Result(manifests, findings);
    }

    /** One document's objects, or, when it was too large to read ({@code refusal} says how), that finding. */
    private static void document(SourceDocument source, int index, Value root, String refusal, List<Manifest> manifests,
            List<Finding> findings) {
        if (refusal != null) {
            findings.add(error(source.name(), root.line(), 1, "", "document-too-large", refusal));
        } else {
            addObjects(source.name(), index, "", source.scope(), root, manifests, findings, true);
        }
    }

    private static Finding syntaxError(String file, YAMLException e) {
        if (e instanceof MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            String problem = marked.getProblem() != null ? marked.getProblem() : marked.getMessage();
            String context = marked.getContext() != null ? marked.getContext() + ": " : "";
            return error(file, line, column, "", "yaml-syntax", oneLine(context + problem));
        }
        return error(file, 1, 1, "", "yaml-syntax", oneLine(e.getMessage()));
    }

    private static void addObjects(String file, int document, String pointer, String scope, Value value,
            List<Manifest> out, List<Finding> findings, boolean top) {
        if (value instanceof ScalarValue s && s.value() == null) {
            return;
        }
        if (!(value instanceof MapValue map)) {
            findings.add(error(file, value.line(), value.column(), pointer, "not-an-object",
                    "a Kubernetes object must be a mapping, found " + describe(value)));
            return;
        }
        boolean ok = true;
        for (String field : List.of("apiVersion", "kind")) {
            Value v = map.get(field);
            if (v.isMissing() || v.text() == null || v.text().isBlank()) {
                findings.add(error(file, map.line(), map.column(), pointer, "missing-" + kebab(field),
                        "object has no " + field));
                ok = false;
            } else if (!(v instanceof ScalarValue sv && sv.isString())) {
                int[] at = Pointers.position(map, "/" + field);
                findings.add(error(file, at[0], at[1], pointer + "/" + field, "missing-" + kebab(field),
                        field + " must be a string"));
                ok = false;
            }
        }
        if (!ok || isKustomization(map)) {
            return;
        }
        if (top && "List".equals(map.get("kind").text()) && map.get("items") instanceof ListValue items) {
            for (int i = 0; i < items.items().size(); i++) {
                addObjects(file, document, pointer + "/items/" + i, scope, items.items().get(i), out, findings, false);
            }
            return;
        }
        boolean template = "Template".equals(map.get("kind").text()) && map.get("apiVersion").textOr("").matches(
                "(template\\.openshift\\.io/)?v1");
        // a Template is processed on its own, so it and its objects form a scope of their own
        String templateScope = file + "#" + document + pointer;
        Manifest manifest = new Manifest(file, document, pointer, template ? templateScope : scope, map);
        out.add(manifest);
        if (template) {
            TemplateObjects.Expansion expansion = TemplateObjects.expand(manifest);
            if (expansion.tooLargeAt() != null) {
                findings.add(error(file, expansion.tooLargeAt().line(), expansion.tooLargeAt().column(), pointer,
                        "template-too-large", "the Template's parameter defaults expand its objects to more than "
                                + InputLimits.MAX_PROCESSED_CHARS + " characters (a long value referenced many times);"
                                + " its objects are not checked"));
            }
            expansion.objects().forEach(o -> {
                if (o.root() != null) {
                    addObjects(file, document, o.pointer(), templateScope, o.root(), out, findings, false);
                }
            });
        }
    }

    /** A kustomize build file is tooling input, never applied to a cluster: not an object to validate. */
    private static boolean isKustomization(MapValue map) {
        return "Kustomization".equals(map.get("kind").text())
                && map.get("apiVersion").textOr("").startsWith("kustomize.config.k8s.io/");
    }

    private static String kebab(String field) {
        return field.equals("apiVersion") ? "api-version" : field;
    }

    private static String describe(Value v) {
        return v instanceof ListValue ? "a sequence" : "a scalar '" + v.text() + "'";
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable YAML" : s.replaceAll("\\s*\\n\\s*", " ").trim();
    }

    static Finding duplicateKey(String file, int line, int column, String pointer, String key, int firstLine) {
        return error(file, line, column, pointer, "duplicate-key",
                "duplicate key '" + key + "' (first at line " + firstLine + "); the last one wins");
    }

    static Finding error(String file, int line, int column, String pointer, String rule, String message) {
        return new Finding(file, line, column, pointer, Severity.ERROR, rule, message);
    }
}
