package org.maestroperf.deploy.diff;

import java.util.Locale;

/** What happened to an object or a field between the old side and the new one. */
public enum Change {
    ADDED("+"), REMOVED("-"), CHANGED("~");

    private final String symbol;

    Change(String symbol) {
        this.symbol = symbol;
    }

    /** {@code +}, {@code -} or {@code ~}: the mark in front of an object in the text and markdown outputs. */
    public String symbol() {
        return symbol;
    }

    /** {@code added}, {@code removed} or {@code changed}: the word in the JSON output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
