package org.maestroperf.deploy.generator.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.diag.Suggestions;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diag.UserFiles;

/**
 * Finds the profiles named by {@code --profile} and their {@code extends} parents, and orders them for
 * merging: depth first, parents before children, earlier references before later ones, each profile once.
 */
final class ProfileResolver {

    /** Most profiles one chain of {@code extends} may hold; the built-in ones use four. */
    static final int MAX_EXTENDS_DEPTH = 100;

    private final BuiltinProfiles builtins;
    private final Path workingDir;

    ProfileResolver(BuiltinProfiles builtins, Path workingDir) {
        this.builtins = builtins;
        this.workingDir = workingDir;
    }

    /** The layers in merge order, lowest precedence first. */
    List<ProfileLayer> linearise(List<String> refs) {
        Walk walk = new Walk();
        for (String ref : refs) {
            walk.visit(locate(ref, Path.of(""), true, null));
        }
        return walk.order;
    }

    /** Where a reference points: a built-in name, or a file shown as {@code display} (relative to the working dir). */
    private record Location(String key, String display, Path displayPath, SourcePosition namedAt) {
        boolean builtin() {
            return displayPath == null;
        }
    }

    private final class Walk {
        private final List<ProfileLayer> order = new ArrayList<>();
        private final Set<String> done = new HashSet<>();
        private final Map<String, String> onStack = new LinkedHashMap<>();

        void visit(Location location) {
            if (done.contains(location.key())) {
                return;
            }
            if (onStack.containsKey(location.key())) {
                List<String> keys = new ArrayList<>(onStack.keySet());
                List<String> cycle = new ArrayList<>(onStack.values()).subList(keys.indexOf(location.key()), keys.size());
                throw new UserException(prefix(location.namedAt()) + "extends cycle: "
                        + String.join(" -> ", cycle) + " -> " + location.display());
            }
            if (onStack.size() == MAX_EXTENDS_DEPTH) {
                List<String> chain = new ArrayList<>(onStack.values());
                throw new UserException(prefix(location.namedAt()) + "extends: profiles extend each other more than "
                        + MAX_EXTENDS_DEPTH + " levels deep (" + chain.get(0) + " -> ... -> " + chain.get(chain.size() - 1)
                        + " -> " + location.display() + "); refused");
            }
            onStack.put(location.key(), location.display());
            ProfileLayer layer = read(location);
            for (ProfileLayer.Parent parent : layer.parents()) {
                Path base = location.builtin() ? null : parentDir(location.displayPath());
                visit(locate(parent.ref(), base, !location.builtin(), parent.position()));
            }
            onStack.remove(location.key());
            done.add(location.key());
            order.add(layer);
        }
    }

    private static Path parentDir(Path file) {
        Path parent = file.getParent();
        return parent == null ? Path.of("") : parent;
    }

    private Location locate(String ref, Path baseDir, boolean pathsAllowed, SourcePosition namedAt) {
        boolean looksLikePath = ref.contains("/") || ref.endsWith(".yaml") || ref.endsWith(".yml");
        if (pathsAllowed && (looksLikePath || Files.isRegularFile(workingDir.resolve(baseDir.resolve(ref))))) {
            Path display = baseDir.resolve(ref).normalize();
            Path real = workingDir.resolve(display);
            if (!Files.isRegularFile(real)) {
                throw new UserException(prefix(namedAt) + "profile file '" + display + "' not found");
            }
            try {
                return new Location("file:" + real.toRealPath(), display.toString(), display, namedAt);
            } catch (IOException e) {
                throw new UserException(prefix(namedAt) + "cannot read profile file '" + display + "': " + UserFiles.reason(e));
            }
        }
        if (!builtins.names().contains(ref)) {
            String suggestion = Suggestions.closest(ref, builtins.names()).map(s -> " did you mean '" + s + "'?").orElse("");
            throw new UserException(prefix(namedAt) + "unknown profile '" + ref + "';" + suggestion
                    + " built-in profiles: " + String.join(", ", builtins.names())
                    + (pathsAllowed ? " (a file path needs a '/' or a .yaml suffix)" : ""));
        }
        return new Location("builtin:" + ref, ref, null, namedAt);
    }

    private static String prefix(SourcePosition position) {
        return position == null ? "" : position + ": ";
    }

    private ProfileLayer read(Location location) {
        String file;
        String text;
        if (location.builtin()) {
            file = BuiltinProfiles.displayName(location.display());
            text = builtins.text(location.display()).orElseThrow();
        } else {
            file = location.display();
            try {
                text = UserFiles.readUtf8(workingDir.resolve(location.displayPath()));
            } catch (IOException e) {
                throw new UserException(prefix(location.namedAt()) + "cannot read profile file '" + file + "': "
                        + UserFiles.reason(e));
            }
        }
        return layerOf(location.display(), file, YamlTree.parse(text, file));
    }

    private static ProfileLayer layerOf(String name, String file, YamlTree document) {
        if (document.root() == null) {
            return new ProfileLayer(name, file, List.of(), document, new LinkedHashMap<>());
        }
        if (!(document.root() instanceof Map<?, ?> root)) {
            throw new UserException(document.valuePositions().get("") + ": a profile must be a YAML mapping of keys");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) root);
        // description (shown by 'profiles') and extends describe this file only; they are not merged
        values.remove("description");
        Object parents = values.remove("extends");
        return new ProfileLayer(name, file, parentsOf(parents, document), document, values);
    }

    private static List<ProfileLayer.Parent> parentsOf(Object parents, YamlTree document) {
        List<ProfileLayer.Parent> result = new ArrayList<>();
        if (parents == null) {
            return result;
        }
        if (parents instanceof String single) {
            result.add(new ProfileLayer.Parent(single, document.valuePositions().get("extends")));
            return result;
        }
        if (parents instanceof List<?> list) {
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                SourcePosition at = document.valuePositions().get("extends[" + i + "]");
                if (list.get(i) instanceof String ref) {
                    result.add(new ProfileLayer.Parent(ref, at));
                } else {
                    problems.add(at + ": extends[" + i + "]: a parent profile is a name or a file path");
                }
            }
            if (problems.isEmpty()) {
                return result;
            }
            throw new UserException(problems);
        }
        throw new UserException(document.valuePositions().get("extends")
                + ": extends: a profile name, a file path or a list of them");
    }
}
