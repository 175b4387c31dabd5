package org.maestroperf.deploy.validator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only reference material beside the repository ({@code <repo root>/../shared}); tests skip without it. */
public final class SharedReference {

    private SharedReference() {
    }

    /** A path under the shared folder; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("validator/pom.xml"))) {
            root = root.getParent();
        }
        Path p = root == null ? Path.of("/nonexistent") : root.resolveSibling("shared").resolve(relative);
        assumeTrue(Files.exists(p), "reference material not available, skipping: " + p);
        return p;
    }
}
