package org.maestroperf.deploy.contract;

import java.util.List;

/** The effective values of merged profiles, as the modules that are not the generator read them. */
public interface ProfileValues {

    /** The value at a dotted path ({@code worker.replicas}), or null when unset. */
    Object get(String dottedPath);

    /** The layers merged, in order: profile names and files, then each {@code --set}. */
    List<String> layers();
}
