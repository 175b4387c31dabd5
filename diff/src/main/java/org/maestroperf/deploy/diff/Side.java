package org.maestroperf.deploy.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.diag.UserException;

/**
 * One side of a comparison: what it is (shown in every output, e.g. a path or
 * {@code profile openshift-activemq --set worker.replicas=4}) and its objects, each key once.
 */
public record Side(String label, List<KubeObject> objects) {

    /** Refuses a side that holds an object twice: which of the two would be compared is not clear. */
    public Side {
        objects = List.copyOf(objects);
        Map<ObjectKey, KubeObject> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (KubeObject object : objects) {
            KubeObject first = seen.putIfAbsent(object.key(), object);
            if (first != null) {
                problems.add(object.origin() + ": " + object.key().describe() + " is already at " + first.origin()
                        + " (each object may appear once on a side)");
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
    }

    Map<ObjectKey, KubeObject> byKey() {
        Map<ObjectKey, KubeObject> byKey = new HashMap<>(objects.size() * 4 / 3 + 1);
        objects.forEach(o -> byKey.put(o.key(), o));
        return byKey;
    }
}
