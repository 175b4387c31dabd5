package org.maestroperf.deploy.diag;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for a misspelt name: the closest candidate within a small edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate nearest to {@code wrong}, if it is within about a third of its length in edits (at most 3). */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        int allowed = Math.min(3, Math.max(1, wrong.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = levenshtein(wrong, candidate);
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean 'x'?"} when a candidate is close, otherwise an empty string. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** The number of single-character insertions, deletions and substitutions turning a into b. */
    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
