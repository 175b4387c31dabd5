package org.maestroperf.deploy.runner.cluster;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.diag.Suggestions;
import org.maestroperf.deploy.diag.UserException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * What kubeconfig files name, read with positions and merged as kubectl merges them: the first file
 * that names a context, cluster or user wins, and so does the first current-context. Read before
 * fabric8 gets the files, because fabric8 quietly uses the current context in place of one that does
 * not exist, and reports a malformed file in Jackson's words.
 *
 * @param files    the files read, in order
 * @param contexts by name: where each is declared and its {@code cluster} and {@code user}
 * @param clusters by name: where each is declared and its {@code server}
 * @param users    by name: where each is declared
 * @param current  the current-context and where it is set; null when no file sets one
 */
record Kubeconfig(List<Path> files, Map<String, Entry> contexts, Map<String, Entry> clusters,
                  Map<String, Entry> users, Entry current) {

    /** A named entry (or the current-context) and the fields of it that matter here. */
    record Entry(String name, SourcePosition at, Map<String, String> fields) {
    }

    /** Reads and merges the files; a file that is not a kubeconfig is a user error at its position. */
    static Kubeconfig read(List<Path> files) {
        Map<String, Entry> contexts = new LinkedHashMap<>();
        Map<String, Entry> clusters = new LinkedHashMap<>();
        Map<String, Entry> users = new LinkedHashMap<>();
        Entry current = null;
        for (Path file : files) {
            MappingNode root = root(file);
            if (root == null) {
                continue;
            }
            for (NodeTuple tuple : root.getValue()) {
                String key = scalar(tuple.getKeyNode());
                Node value = tuple.getValueNode();
                switch (key == null ? "" : key) {
                    case "contexts" -> entries(file, key, value, "context", List.of("cluster", "user"), contexts);
                    case "clusters" -> entries(file, key, value, "cluster", List.of("server"), clusters);
                    case "users" -> entries(file, key, value, "user", List.of(), users);
                    case "current-context" -> {
                        String name = scalar(value);
                        if (current == null && name != null && !name.isEmpty()) {
                            current = new Entry(name, at(file, value.getStartMark()), Map.of());
                        }
                    }
                    default -> { }
                }
            }
        }
        return new Kubeconfig(List.copyOf(files), contexts, clusters, users, current);
    }

    /**
     * The context to connect with: {@code requested} (--context) when the files have it, else the
     * current one; checked to name a cluster with a server, and a user that exist. Anything else is
     * a user error naming what the files do have.
     */
    String select(String requested) {
        String name = requested != null ? requested : current == null ? null : current.name();
        if (name == null) {
            throw new UserException("no current-context in " + where() + ": pass --context (" + available()
                    + "), or choose one with 'kubectl config use-context NAME'");
        }
        Entry context = contexts.get(name);
        if (context == null) {
            String what = requested != null ? "--context " + requested : current.at() + ": current-context " + name;
            throw new UserException(what + ": no such context in " + where() + " (" + available() + ")"
                    + Suggestions.didYouMean(name, contexts.keySet()));
        }
        String cluster = context.fields().get("cluster");
        Entry clusterEntry = cluster == null ? null : clusters.get(cluster);
        if (clusterEntry == null) {
            throw new UserException(context.at() + ": context " + name + " names "
                    + (cluster == null ? "no cluster" : "cluster " + cluster + ", which is not in " + where()));
        }
        if (clusterEntry.fields().get("server") == null) {
            throw new UserException(clusterEntry.at() + ": cluster " + cluster + " has no server");
        }
        String user = context.fields().get("user");
        if (user != null && !users.containsKey(user)) {
            throw new UserException(context.at() + ": context " + name + " names user " + user
                    + ", which is not in " + where());
        }
        return name;
    }

    private String where() {
        return String.join(", ", files.stream().map(Path::toString).toList());
    }

    private String available() {
        return contexts.isEmpty() ? "it has no contexts" : "its contexts: " + String.join(", ", contexts.keySet());
    }

    private static MappingNode root(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node node = new Composer(new ParserImpl(new StreamReader(reader), options), new Resolver(), options)
                    .getSingleNode();
            if (node == null || node instanceof MappingNode) {
                return (MappingNode) node;
            }
            throw notKubeconfig(file, node, "expected a mapping with clusters, users and contexts");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new UserException((mark == null ? file.toString() : at(file, mark).toString())
                    + ": not a kubeconfig: " + e.getProblem());
        } catch (YAMLException e) {
            throw new UserException(file + ": not a kubeconfig: " + e.getMessage());
        } catch (IOException e) {
            throw new UserException(file + ": cannot read the kubeconfig: " + e.getMessage());
        }
    }

    /** A list such as {@code contexts: [{name: x, context: {cluster: c, user: u}}]}, into {@code into} (first wins). */
    private static void entries(Path file, String list, Node node, String body, List<String> fields,
                                Map<String, Entry> into) {
        if (!(node instanceof SequenceNode sequence)) {
            if (!Tag.NULL.equals(node.getTag())) {
                throw notKubeconfig(file, node, list + " must be a list");
            }
            return;
        }
        for (Node item : sequence.getValue()) {
            Map<String, Node> entry = mapping(file, list, item);
            String name = scalar(entry.get("name"));
            if (name == null || name.isEmpty()) {
                throw notKubeconfig(file, item, "an entry of " + list + " has no name");
            }
            Map<String, String> values = new LinkedHashMap<>();
            Node bodyNode = entry.get(body);
            if (bodyNode != null && !fields.isEmpty()) {
                Map<String, Node> bodyFields = mapping(file, list + " " + name + " " + body, bodyNode);
                for (String field : fields) {
                    String value = scalar(bodyFields.get(field));
                    if (value != null && !value.isEmpty()) {
                        values.put(field, value);
                    }
                }
            }
            into.putIfAbsent(name, new Entry(name, at(file, item.getStartMark()), values));
        }
    }

    private static Map<String, Node> mapping(Path file, String what, Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw notKubeconfig(file, node, what + ": expected a mapping");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            fields.put(scalar(tuple.getKeyNode()), tuple.getValueNode());
        }
        return fields;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static UserException notKubeconfig(Path file, Node node, String problem) {
        return new UserException(at(file, node.getStartMark()) + ": not a kubeconfig: " + problem);
    }

    private static SourcePosition at(Path file, Mark mark) {
        return new SourcePosition(file.toString(), mark.getLine() + 1, mark.getColumn() + 1);
    }
}
