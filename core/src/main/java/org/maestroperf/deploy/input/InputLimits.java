package org.maestroperf.deploy.input;

import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits every reader of user input applies ({@code validate}, {@code process}, profiles, test
 * cases): how much text, and how much work that text may cause. A limit on the size alone is not
 * enough: a few hundred bytes of YAML aliases, or a Template whose parameter is referenced often,
 * expand to gigabytes, so the expansion is counted too.
 */
public final class InputLimits {

    /** Most characters one input may have. */
    public static final int MAX_CODE_POINTS = 16 * 1024 * 1024;
    /** Most bytes read from one input: every character of the largest input in four bytes of UTF-8. */
    public static final long MAX_BYTES = 4L * MAX_CODE_POINTS;
    /** Most nodes one YAML document may expand to, every alias counted at its full size. */
    public static final int MAX_NODES = 500_000;
    /** Most aliases of collections one YAML document may use (SnakeYAML's own count). */
    public static final int MAX_ALIASES = 100;
    /** Deepest nesting of collections in one YAML document. */
    public static final int MAX_DEPTH = 100;
    /**
     * Most characters that substituting a Template's parameters may add to its objects: as much
     * text as one input may hold.
     */
    public static final long MAX_PROCESSED_CHARS = MAX_CODE_POINTS;

    private InputLimits() {
    }

    /** SnakeYAML's options with these limits (recursive keys refused); a reader adds its own duplicate-key policy. */
    public static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        return options;
    }
}
