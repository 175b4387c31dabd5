package org.maestroperf.deploy.validator.source;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.input.InputLimits;
import org.maestroperf.deploy.validator.report.Finding;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Builds the value tree of each YAML document straight from SnakeYAML's parser events, with the
 * findings and limits of {@link NodeConverter} (nesting depth as SnakeYAML's composer counts it,
 * node count, duplicate, null and non-scalar keys), but without the composer's node graph and a second
 * pass over it. Anchors, aliases, merge keys and explicit tags are left to the composer, whose
 * rules expand them: on the first one {@link #next()} throws {@link NeedsComposer}.
 */
final class EventTreeBuilder {

    /** The input uses a YAML feature this builder leaves to SnakeYAML's composer. */
    static final class NeedsComposer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private NeedsComposer() {
            super(null, null, false, false);
        }
    }

    /** One document: its root, the findings about it, and whether it exceeded the node limit. */
    record Document(Value root, List<Finding> findings, boolean tooLarge) {
    }

    private static final NeedsComposer NEEDS_COMPOSER = new NeedsComposer();

    private final Parser parser;
    private final Resolver resolver;
    private final LoaderOptions options;
    private final String file;
    private final StringPool strings = new StringPool();
    /** Keys and indices from the root to the node being built; a pointer is only spelled out for a finding. */
    private final List<Object> path = new ArrayList<>();
    private ScalarConstructor constructor;
    private List<Finding> findings;
    private int depth;
    private int nodes;
    private boolean tooLarge;

    EventTreeBuilder(Parser parser, Resolver resolver, LoaderOptions options, String file) {
        this.parser = parser;
        this.resolver = resolver;
        this.options = options;
        this.file = file;
    }

    /** The next document, or null at the end of the stream. */
    Document next() {
        if (parser.checkEvent(Event.ID.StreamStart)) {
            parser.getEvent();
        }
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            return null;
        }
        parser.getEvent(); // document start
        findings = new ArrayList<>();
        nodes = 0;
        tooLarge = false;
        path.clear();
        Value root = node(false);
        parser.getEvent(); // document end
        return new Document(root, findings, tooLarge);
    }

    /**
     * One node and everything below it. A quiet node is read (limits still apply) but neither
     * counted nor reported on, as {@link NodeConverter} never visits it: a mapping key that is not
     * a scalar and its value, and whatever follows once the document is over the node limit.
     */
    private Value node(boolean quiet) {
        Event event = parser.peekEvent();
        enter(event);
        if (!quiet && ++nodes > InputLimits.MAX_NODES) {
            tooLarge = true;
            quiet = true;
        }
        Value value;
        if (event instanceof ScalarEvent) {
            value = scalar((ScalarEvent) parser.getEvent(), quiet);
        } else if (event instanceof SequenceStartEvent) {
            value = sequence(quiet);
        } else {
            value = mapping(quiet);
        }
        depth--;
        return value;
    }

    /** SnakeYAML composer's checks on entering a node: the nesting limit, and what only it handles. */
    private void enter(Event event) {
        if (event instanceof AliasEvent || ((NodeEvent) event).getAnchor() != null
                || (event instanceof ScalarEvent s ? s.getTag() : ((CollectionStartEvent) event).getTag()) != null) {
            throw NEEDS_COMPOSER;
        }
        if (depth > options.getNestingDepthLimit()) {
            throw new YAMLException("Nesting Depth exceeded max " + options.getNestingDepthLimit());
        }
        depth++;
    }

    private Value scalar(ScalarEvent event, boolean quiet) {
        Mark start = event.getStartMark();
        return new ScalarValue(quiet ? null : value(event), start.getLine() + 1, start.getColumn() + 1);
    }

    private Object value(ScalarEvent event) {
        String text = event.getValue();
        Tag tag = resolver.resolve(NodeId.scalar, text, event.getImplicit().canOmitTagInPlainScalar());
        if (!ScalarConstructor.isTyped(tag)) {
            return strings.text(text);
        }
        if (tag.equals(Tag.INT) && PlainScalarResolver.isDecimal(text)) {
            return Long.valueOf(text);
        }
        if (constructor == null) {
            constructor = new ScalarConstructor(options);
        }
        return constructor.typed(new ScalarNode(tag, true, text, event.getStartMark(), event.getEndMark(),
                event.getScalarStyle()));
    }

    private Value sequence(boolean quiet) {
        Mark start = parser.getEvent().getStartMark();
        List<Value> items = new ArrayList<>();
        int i = 0;
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            path.add(i++);
            items.add(node(quiet));
            path.remove(path.size() - 1);
        }
        parser.getEvent();
        return new ListValue(items, start.getLine() + 1, start.getColumn() + 1);
    }

    private Value mapping(boolean quiet) {
        Mark start = parser.getEvent().getStartMark();
        MapBuilder entries = new MapBuilder();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Event keyEvent = parser.peekEvent();
            int keyLine = keyEvent.getStartMark().getLine() + 1;
            int keyColumn = keyEvent.getStartMark().getColumn() + 1;
            if (!(keyEvent instanceof ScalarEvent keyScalar)) {
                node(true);
                node(true);
                if (!quiet) {
                    findings.add(DocumentParser.error(file, keyLine, keyColumn, pointer(), "yaml-key",
                            "mapping keys must be scalars"));
                }
                continue;
            }
            enter(keyScalar);
            if (isMergeKey(keyScalar)) {
                throw NEEDS_COMPOSER;
            }
            parser.getEvent();
            depth--;
            if (isNull(keyScalar)) {
                node(true);
                if (!quiet) {
                    findings.add(NodeConverter.nullKey(file, keyLine, keyColumn, pointer()));
                }
                continue;
            }
            String key = strings.key(keyScalar.getValue());
            path.add(key);
            int firstLine = entries.put(key, node(quiet), keyLine, keyColumn);
            if (firstLine > 0 && !quiet) {
                findings.add(DocumentParser.duplicateKey(file, keyLine, keyColumn, pointer(), key, firstLine));
            }
            path.remove(path.size() - 1);
        }
        parser.getEvent();
        return entries.build(start.getLine() + 1, start.getColumn() + 1);
    }

    /** A plain {@code ~}, {@code null} or nothing, which YAML reads as null: no key kubectl can read. */
    private boolean isNull(ScalarEvent key) {
        String text = key.getValue();
        return key.getImplicit().canOmitTagInPlainScalar() && (text.isEmpty() || "~nN".indexOf(text.charAt(0)) >= 0)
                && resolver.resolve(NodeId.scalar, text, true).equals(Tag.NULL);
    }

    /** A plain {@code <<}, which SnakeYAML resolves to its merge tag (the only implicit tag tried for '<'). */
    private static boolean isMergeKey(ScalarEvent key) {
        return key.getImplicit().canOmitTagInPlainScalar() && "<<".equals(key.getValue());
    }

    private String pointer() {
        return NodeConverter.pointer(path);
    }
}
