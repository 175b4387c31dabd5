package org.maestroperf.deploy.generator.testcase;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.diag.Suggestions;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diag.UserFiles;
import org.maestroperf.deploy.generator.yaml.YamlComposer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.maestroperf.deploy.script.ScriptCatalog;

/** Reads test case files, checking their shape and reporting every mistake with its position. */
public final class TestCaseLoader {

    /** 63 (the Job-name label limit) minus the "maestro-client-" prefix. */
    static final int MAX_NAME = 48;
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern PARAMETER = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Set<String> KEYS = Set.of("name", "script", "description", "retries", "parameters");
    private static final int MAX_BYTES = 1 << 20;

    /** Loads each file (a directory contributes its .yaml/.yml files, sorted); names must be unique. */
    public List<TestCase> load(List<Path> paths) {
        List<TestCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, SourcePosition> seen = new LinkedHashMap<>();
        // files are independent: a campaign of a thousand reads them on every core, reported in order
        List<Object> loaded = expand(paths).parallelStream().map(file -> {
            try {
                return (Object) load(file);
            } catch (UserException e) {
                return e;
            }
        }).toList();
        for (Object result : loaded) {
            if (result instanceof UserException e) {
                problems.addAll(e.problems());
            } else {
                TestCase tc = (TestCase) result;
                SourcePosition earlier = seen.putIfAbsent(tc.name(), tc.positionOf("name"));
                if (earlier != null) {
                    problems.add(tc.positionOf("name") + ": test case name '" + tc.name()
                            + "' is already used at " + earlier);
                }
                cases.add(tc);
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return cases;
    }

    /** Loads one test case file. */
    public TestCase load(Path file) {
        String display = file.toString();
        Node root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserException(display + ": test case file is larger than 1 MiB");
            }
            // read whole: a campaign reads a thousand small files, and a buffered reader's buffers
            // would be most of what each of them allocates
            String text = UserFiles.readUtf8(file);
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            root = YamlComposer.composeOne(text, options);
        } catch (MarkedYAMLException e) {
            throw new UserException(at(display, e.getProblemMark()) + ": " + e.getProblem());
        } catch (UserFiles.NotUtf8 e) {
            throw new UserException(display + ": test case file is " + e.getMessage());
        } catch (IOException e) {
            throw new UserException(display + ": cannot read test case: " + UserFiles.reason(e));
        }
        return parse(display, root);
    }

    private static TestCase parse(String file, Node root) {
        List<String> problems = new ArrayList<>();
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        positions.put("", SourcePosition.of(file));
        if (!(root instanceof MappingNode map)) {
            throw new UserException(file + ": a test case is a mapping with name, script, parameters, ...");
        }
        Map<String, Node> fields = fields(file, map, problems);
        fields.keySet().stream().filter(k -> !KEYS.contains(k)).forEach(k -> problems.add(
                at(file, keyMark(map, k)) + ": unknown key '" + k + "'" + Suggestions.didYouMean(k, KEYS)
                        + " (keys: name, script, description, retries, parameters)"));

        String name = scalar(file, fields.get("name"), "name", problems);
        String script = scalar(file, fields.get("script"), "script", problems);
        if (fields.get("name") != null) {
            positions.put("name", position(file, fields.get("name")));
        }
        if (fields.get("script") != null) {
            positions.put("script", position(file, fields.get("script")));
        }
        if (name == null) {
            problems.add(file + ": missing 'name'");
        } else if (!DNS_LABEL.matcher(name).matches() || name.length() > MAX_NAME) {
            problems.add(positions.get("name") + ": name '" + name + "' must be lower-case letters, digits and '-', "
                    + "start and end with a letter or digit, at most " + MAX_NAME + " characters (it names a Job)");
        }
        if (script == null) {
            problems.add(file + ": missing 'script' (one of " + ScriptCatalog.imageScriptNames()
                    + " or a script of the profile's client.scripts folder)");
        }
        String description = fields.containsKey("description")
                ? scalar(file, fields.get("description"), "description", problems) : null;
        int retries = retries(file, fields.get("retries"), problems);

        Map<String, String> parameters = new LinkedHashMap<>();
        Node params = fields.get("parameters");
        // a missing parameter is reported where the parameters are, or else where the test case starts
        Mark parametersAt = params != null ? keyMark(map, "parameters") : map.getStartMark();
        positions.put("parameters", new SourcePosition(file, parametersAt.getLine() + 1, parametersAt.getColumn() + 1));
        if (params instanceof MappingNode paramMap) {
            for (Map.Entry<String, Node> e : fields(file, paramMap, problems).entrySet()) {
                SourcePosition pos = position(file, e.getValue());
                positions.put("parameters." + e.getKey(), pos);
                if (!PARAMETER.matcher(e.getKey()).matches()) {
                    problems.add(pos + ": parameter '" + e.getKey() + "' must be lowerCamelCase like sendReceiveUrl");
                }
                String value = scalar(file, e.getValue(), "parameters." + e.getKey(), problems);
                if (value != null) {
                    parameters.put(e.getKey(), value);
                }
            }
        } else if (params != null && !isNull(params)) {
            problems.add(position(file, params) + ": 'parameters' must be a mapping of name: value");
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return new TestCase(name, script, description, retries,
                java.util.Collections.unmodifiableMap(parameters), Map.copyOf(positions));
    }

    private static int retries(String file, Node node, List<String> problems) {
        if (node == null || isNull(node)) {
            return 0;
        }
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                int retries = Integer.parseInt(s.getValue());
                if (retries >= 0 && retries <= 100) {
                    return retries;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        problems.add(position(file, node) + ": 'retries' must be a whole number from 0 to 100");
        return 0;
    }

    /** A mapping's entries by key, reporting duplicate and non-scalar keys. */
    private static Map<String, Node> fields(String file, MappingNode map, List<String> problems) {
        Map<String, Node> fields = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(position(file, tuple.getKeyNode()) + ": keys must be plain names");
                continue;
            }
            if (!seen.add(key.getValue())) {
                problems.add(position(file, key) + ": duplicate key '" + key.getValue() + "'");
            }
            fields.put(key.getValue(), tuple.getValueNode());
        }
        return fields;
    }

    /** A scalar's text as written (so 256 stays "256" and 0d0h0m30s keeps its form). */
    private static String scalar(String file, Node node, String what, List<String> problems) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return s.getValue();
        }
        problems.add(position(file, node) + ": '" + what + "' must be a single value (text or number)");
        return null;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static Mark keyMark(MappingNode map, String key) {
        return map.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key))
                .map(t -> t.getKeyNode().getStartMark()).findFirst().orElse(map.getStartMark());
    }

    private static SourcePosition position(String file, Node node) {
        Mark mark = node.getStartMark();
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String at(String file, Mark mark) {
        return mark == null ? file : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1).toString();
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (var stream = Files.list(path)) {
                    stream.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UserException(path + ": cannot list test cases: " + UserFiles.reason(e));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UserException(path + ": no such test case file or directory");
            }
        }
        return files;
    }
}
