package org.maestroperf.deploy.validator.rules;

import java.util.HashSet;
import java.util.Set;

import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Value;

/** Label selectors: plain maps (Service, DeploymentConfig) and LabelSelectors with matchExpressions. */
final class Selectors {

    private Selectors() {
    }

    /** Whether a plain map selector (every key equal) matches labels. */
    static boolean mapMatches(Value selector, Value labels) {
        if (!(selector instanceof MapValue s)) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            String want = s.value(i).text();
            if (want == null || !want.equals(labels.get(s.key(i)).text())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a LabelSelector (matchLabels and matchExpressions) matches labels. */
    static boolean labelSelectorMatches(Value selector, Value labels) {
        Value matchLabels = selector.get("matchLabels");
        if (!matchLabels.isMissing() && !mapMatches(matchLabels, labels)) {
            return false;
        }
        for (Value e : selector.get("matchExpressions").items()) {
            String key = e.get("key").textOr("");
            String actual = labels.get(key).text();
            Set<String> values = new HashSet<>();
            e.get("values").items().forEach(v -> values.add(v.textOr("")));
            boolean ok = switch (e.get("operator").textOr("")) {
                case "In" -> actual != null && values.contains(actual);
                case "NotIn" -> actual == null || !values.contains(actual);
                case "Exists" -> actual != null;
                case "DoesNotExist" -> actual == null;
                default -> true;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean isEmpty(Value selector) {
        return !(selector instanceof MapValue m) || m.size() == 0;
    }
}
