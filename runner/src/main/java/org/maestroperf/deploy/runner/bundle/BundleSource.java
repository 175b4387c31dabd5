package org.maestroperf.deploy.runner.bundle;

/** Where a run gets its rendered objects from: a generated directory, a bundle.yaml, or a profile in memory. */
public interface BundleSource {

    /**
     * Loads the bundle.
     *
     * @return its objects, split into infrastructure, test cases and one-off commands
     * @throws org.maestroperf.deploy.diag.UserException when the input is missing or malformed
     */
    Bundle load();
}
