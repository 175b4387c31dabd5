package org.maestroperf.deploy.validator.source;

import java.util.List;

/** A sequence. */
public record ListValue(List<Value> items, int line, int column) implements Value {

    public ListValue {
        items = List.copyOf(items);
    }

    @Override
    public Value get(int index) {
        return index >= 0 && index < items.size() ? items.get(index) : MISSING;
    }
}
