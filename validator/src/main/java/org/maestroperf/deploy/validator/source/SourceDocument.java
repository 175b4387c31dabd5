package org.maestroperf.deploy.validator.source;

/**
 * The text of one input (a file, stdin, or something rendered in memory), the name findings give it,
 * and the scope its objects are checked against each other in ({@link Manifest#SHARED} unless the
 * input belongs to a bundle of its own, such as one generated directory).
 */
public record SourceDocument(String name, String content, String scope) {

    public SourceDocument(String name, String content) {
        this(name, content, Manifest.SHARED);
    }
}
