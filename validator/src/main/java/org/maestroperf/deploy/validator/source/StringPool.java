package org.maestroperf.deploy.validator.source;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each repeated key and short text of an input, so that the trees of many similar
 * objects share their strings. One pool per parse, used by one thread.
 */
final class StringPool {

    /** Longer texts rarely repeat; pooling them would only grow the pool. */
    private static final int SHORT_TEXT = 64;

    private final Map<String, String> strings = new HashMap<>();

    String key(String key) {
        // no lambda here: parsing threads linking the same new lambda at once each spin a class for it
        String known = strings.putIfAbsent(key, key);
        return known == null ? key : known;
    }

    String text(String text) {
        return text.length() <= SHORT_TEXT ? key(text) : text;
    }
}
