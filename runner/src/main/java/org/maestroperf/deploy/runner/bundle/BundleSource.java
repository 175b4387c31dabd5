package org.maestroperf.deploy.runner.bundle;

/** Where a run gets its rendered objects from: a generated directory, a bundle.yaml, or a profile in memory. */
public interface BundleSource {

    /** Loads the bundle; a missing or malformed input is a {@link org.maestroperf.deploy.diag.UserException}. */
    Bundle load();
}
