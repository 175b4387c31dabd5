package org.maestroperf.deploy.validator.source;

/** The text of one input (a file, stdin, or something rendered in memory) and the name findings give it. */
public record SourceDocument(String name, String content) {
}
