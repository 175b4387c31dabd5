package org.maestroperf.deploy.validator.source;

import java.util.List;

/** For bench/tree-builders.sh: each tree builder alone over many inputs; the count of objects read. */
public final class TreeBuilders {

    private TreeBuilders() {
    }

    public static int events(List<SourceDocument> docs) {
        int n = 0;
        for (SourceDocument d : docs) {
            n += DocumentParser.fromEvents(d).manifests().size();
        }
        return n;
    }

    public static int composer(List<SourceDocument> docs) {
        int n = 0;
        for (SourceDocument d : docs) {
            n += DocumentParser.fromNodes(d).manifests().size();
        }
        return n;
    }
}
