package org.maestroperf.deploy.generator.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.diag.UserException;

/**
 * Deep-merges profile layers and {@code --set} overrides into one tree, remembering which layer set each
 * leaf: maps merge key by key, lists of named items merge by {@code name}, anything else is replaced.
 */
final class ProfileMerger {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, SourcePosition> origins = new LinkedHashMap<>();

    Map<String, Object> values() {
        return values;
    }

    Map<String, SourcePosition> origins() {
        return origins;
    }

    /** Merges a layer over what is there; {@code positions} gives the layer's position for a dotted path. */
    void merge(Map<String, Object> layer, Function<String, SourcePosition> positions) {
        mergeMap(values, layer, "", positions);
    }

    /** Sets one value at a path, creating maps and named list items on the way (the {@code --set} override). */
    void set(List<SetExpression.Segment> path, Object value, SourcePosition origin) {
        Map<String, Object> current = values;
        String at = "";
        for (int i = 0; i < path.size(); i++) {
            SetExpression.Segment segment = path.get(i);
            String childPath = TreePaths.child(at, segment.key());
            boolean last = i == path.size() - 1;
            if (segment.itemName() == null && last) {
                replace(current, segment.key(), childPath, value, p -> origin);
                return;
            }
            if (segment.itemName() == null) {
                current = mapAt(current, segment.key(), childPath);
                at = childPath;
                continue;
            }
            List<Object> list = namedListAt(current, segment.key(), childPath, origin);
            origins.put(childPath, origin);
            at = childPath + "[" + segment.itemName() + "]";
            current = itemNamed(list, segment.itemName(), at, origin);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> mapAt(Map<String, Object> parent, String key, String path) {
        if (parent.get(key) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        removeOrigins(path, parent.get(key));
        Map<String, Object> created = new LinkedHashMap<>();
        parent.put(key, created);
        return created;
    }

    @SuppressWarnings("unchecked")
    private List<Object> namedListAt(Map<String, Object> parent, String key, String path, SourcePosition origin) {
        if (parent.get(key) instanceof List<?> list && (list.isEmpty() || TreePaths.isNamedList(list))) {
            return (List<Object>) list;
        }
        if (parent.get(key) instanceof List<?>) {
            throw new UserException(origin + ": " + path + " is not a list of named items; set the whole list,"
                    + " e.g. " + path + "=[a, b]");
        }
        removeOrigins(path, parent.get(key));
        List<Object> created = new ArrayList<>();
        parent.put(key, created);
        return created;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> itemNamed(List<Object> list, String name, String path, SourcePosition origin) {
        for (Object item : list) {
            if (TreePaths.nameOf(item).equals(name)) {
                return (Map<String, Object>) item;
            }
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("name", name);
        list.add(created);
        origins.put(path + ".name", origin);
        return created;
    }

    @SuppressWarnings("unchecked")
    private void mergeMap(Map<String, Object> target, Map<String, Object> source, String path,
                          Function<String, SourcePosition> positions) {
        for (Map.Entry<String, Object> entry : source.entrySet()) {
            String key = entry.getKey();
            Object incoming = entry.getValue();
            Object existing = target.get(key);
            String childPath = TreePaths.child(path, key);
            if (existing instanceof Map<?, ?> existingMap && incoming instanceof Map<?, ?> incomingMap) {
                mergeMap((Map<String, Object>) existingMap, (Map<String, Object>) incomingMap, childPath, positions);
            } else if (existing instanceof List<?> existingList && incoming instanceof List<?> incomingList
                    && TreePaths.isNamedList(existingList) && TreePaths.isNamedList(incomingList)) {
                mergeNamedList((List<Object>) existingList, incomingList, childPath, positions);
            } else {
                replace(target, key, childPath, incoming, positions);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void mergeNamedList(List<Object> target, List<?> source, String path,
                                Function<String, SourcePosition> positions) {
        origins.put(path, positions.apply(path));
        Map<String, Object> byName = new HashMap<>();
        for (Object t : target) {
            byName.putIfAbsent(TreePaths.nameOf(t), t);
        }
        for (Object item : source) {
            String name = TreePaths.nameOf(item);
            String itemPath = path + "[" + name + "]";
            Object match = byName.get(name);
            if (match == null) {
                Object added = copy(item);
                target.add(added);
                byName.put(name, added);
                recordOrigins(itemPath, item, positions);
            } else {
                mergeMap((Map<String, Object>) match, (Map<String, Object>) item, itemPath, positions);
            }
        }
    }

    private void replace(Map<String, Object> target, String key, String path, Object value,
                         Function<String, SourcePosition> positions) {
        removeOrigins(path, target.get(key));
        target.put(key, copy(value));
        recordOrigins(path, value, positions);
    }

    /** Forgets where the value at {@code path} and everything below it came from. */
    private void removeOrigins(String path, Object existing) {
        if (existing instanceof Map<?, ?> || existing instanceof List<?>) {
            origins.keySet().removeIf(p -> TreePaths.isAtOrBelow(p, path));
        } else {
            // nothing is recorded below a scalar: replacing a collection removed what was below it
            origins.remove(path);
        }
    }

    /** Origins are kept for scalars, lists, list items' leaves and empty maps: the things explain prints. */
    private void recordOrigins(String path, Object value, Function<String, SourcePosition> positions) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, child) -> recordOrigins(TreePaths.child(path, (String) key), child, positions));
            return;
        }
        origins.put(path, positions.apply(path));
        if (value instanceof List<?> list) {
            List<String> items = TreePaths.items(path, list);
            for (int i = 0; i < list.size(); i++) {
                recordOrigins(items.get(i), list.get(i), positions);
            }
        }
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, child) -> copy.put((String) key, copy(child)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }
}
