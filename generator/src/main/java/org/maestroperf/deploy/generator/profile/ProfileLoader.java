package org.maestroperf.deploy.generator.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.diag.UserException;

/**
 * Turns {@code --profile} references and {@code --set} overrides into the {@link EffectiveProfile}: resolve and
 * order the layers, check each against the profile schema, merge, apply the overrides, check the result.
 */
public final class ProfileLoader {

    private static final String BASE = "base";

    private final BuiltinProfiles builtins;
    private final Path workingDir;

    /** A loader over the built-in profiles of the class path, resolving relative paths from the current directory. */
    public ProfileLoader() {
        this(BuiltinProfiles.fromClasspath(), Path.of("").toAbsolutePath());
    }

    /** A loader over the given built-ins, resolving relative profile paths from {@code workingDir}. */
    public ProfileLoader(BuiltinProfiles builtins, Path workingDir) {
        this.builtins = builtins;
        this.workingDir = workingDir;
    }

    /**
     * The merged profile of the given references (built-in names or file paths; later ones win) and
     * {@code path=value} overrides (applied last, in order).
     *
     * @throws UserException listing every problem found, each with its file:line:col where there is one
     */
    public EffectiveProfile load(List<String> profileRefs, List<String> setExpressions) {
        if (profileRefs.isEmpty()) {
            throw new UserException("give at least one --profile (built-in profiles: "
                    + String.join(", ", builtins.names()) + ")");
        }
        // loading the schema is the slowest step of a cold start; it overlaps with reading the profiles
        CompletableFuture.runAsync(ProfileSchema::preload);
        List<SetExpression> overrides = parseOverrides(setExpressions);
        List<ProfileLayer> layers = new ProfileResolver(builtins, workingDir).linearise(profileRefs);
        checkLayers(layers);

        ProfileMerger merger = new ProfileMerger();
        List<String> names = new ArrayList<>();
        for (ProfileLayer layer : layers) {
            merger.merge(layer.values(), path -> layer.document().valuePositions().get(path));
            names.add(layer.name());
        }
        for (SetExpression override : overrides) {
            merger.set(override.path(), override.value(), override.origin());
        }
        if (!overrides.isEmpty()) {
            names.add("--set");
        }
        checkMerged(merger.values(), merger.origins());
        return new EffectiveProfile(List.copyOf(names), merger.values(), merger.origins());
    }

    private static List<SetExpression> parseOverrides(List<String> setExpressions) {
        List<SetExpression> overrides = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String text : setExpressions) {
            try {
                overrides.add(SetExpression.parse(text));
            } catch (UserException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return overrides;
    }

    private static void checkLayers(List<ProfileLayer> layers) {
        List<String> problems = new ArrayList<>();
        for (ProfileLayer layer : layers) {
            problems.addAll(ProfileSchema.validate(layer.document().root(), layerLocator(layer)));
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
    }

    private void checkMerged(Map<String, Object> values, Map<String, SourcePosition> origins) {
        List<String> problems = new ArrayList<>(ProfileSchema.validate(values, mergedLocator(origins)));
        Object base = YamlTree.parse(builtins.text(BASE).orElseThrow(), BuiltinProfiles.displayName(BASE)).root();
        missingKeys((Map<?, ?>) base, values, "", problems);
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
    }

    /** Every key of base.yaml must be present (possibly null), so templates can rely on them. */
    private static void missingKeys(Map<?, ?> base, Map<?, ?> merged, String path, List<String> problems) {
        for (Map.Entry<?, ?> entry : base.entrySet()) {
            String key = (String) entry.getKey();
            if (key.equals("description") || key.equals("extends")) {
                continue;
            }
            String childPath = TreePaths.child(path, key);
            if (!merged.containsKey(key)) {
                problems.add("the merged profile has no '" + childPath + "' (every key of the built-in 'base' profile"
                        + " is needed: extend 'base' or set it)");
            } else if (entry.getValue() instanceof Map<?, ?> baseChild && merged.get(key) instanceof Map<?, ?> mergedChild) {
                missingKeys(baseChild, mergedChild, childPath, problems);
            }
        }
    }

    private static ProfileSchema.Locator layerLocator(ProfileLayer layer) {
        Map<String, SourcePosition> values = layer.document().valuePositions();
        Map<String, SourcePosition> keys = layer.document().keyPositions();
        return new ProfileSchema.Locator() {
            @Override
            public SourcePosition valueAt(String path) {
                String at = path;
                while (!values.containsKey(at) && !at.isEmpty()) {
                    at = parentOf(at);
                }
                return values.getOrDefault(at, SourcePosition.of(layer.file()));
            }

            @Override
            public SourcePosition keyAt(String path) {
                return keys.containsKey(path) ? keys.get(path) : valueAt(path);
            }
        };
    }

    private static ProfileSchema.Locator mergedLocator(Map<String, SourcePosition> origins) {
        return new ProfileSchema.Locator() {
            @Override
            public SourcePosition valueAt(String path) {
                if (origins.containsKey(path)) {
                    return origins.get(path);
                }
                return origins.entrySet().stream().filter(e -> TreePaths.isAtOrBelow(e.getKey(), path))
                        .map(Map.Entry::getValue).findFirst().orElse(SourcePosition.of("the merged profile"));
            }

            @Override
            public SourcePosition keyAt(String path) {
                return valueAt(path);
            }
        };
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
