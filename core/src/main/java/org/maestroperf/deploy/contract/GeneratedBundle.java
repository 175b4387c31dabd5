package org.maestroperf.deploy.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * A rendered bundle and the files it is written as: the objects in component folders (one file
 * each, except that the objects of one test case share its file), {@code bundle.yaml} with every
 * infrastructure object in apply order, and a {@code kustomization.yaml} listing their files. The
 * test cases are beside them, not in either: applying the bundle deploys Maestro, and applying a
 * test case's file then runs that one test (the upstream guide's order).
 *
 * @param objects every rendered object in apply order (one-off commands last)
 * @param header  the comment heading bundle.yaml (what it was generated from)
 */
public record GeneratedBundle(List<RenderedObject> objects, String header) {

    /**
     * The objects a plain apply of the bundle installs (the infrastructure), in apply order.
     *
     * @return those objects
     */
    public List<RenderedObject> bundled() {
        return objects.stream().filter(RenderedObject::inBundle).toList();
    }

    /**
     * The infrastructure, then each test case's objects: all but the one-off commands.
     *
     * @return those objects
     */
    public List<RenderedObject> deployed() {
        return objects.stream().filter(o -> o.part() != RenderedObject.Part.COMMAND).toList();
    }

    /**
     * Every in-bundle object as one multi-document YAML stream: the text of {@code bundle.yaml}.
     *
     * @return the YAML
     */
    public String bundleYaml() {
        return bundleYaml(objects, header);
    }

    /**
     * The component-folder files of this bundle: one per object, except that the objects of one
     * test case share its file.
     *
     * @return the files in order of their first object
     */
    public List<ObjectFile> objectFiles() {
        return objectFiles(objects);
    }

    /**
     * Every file of the bundle directory, relative path to content, in a stable order: the marker
     * listing them first.
     *
     * @return the files
     */
    public Map<String, String> files() {
        return files(objects, objectFiles(objects), header);
    }

    /**
     * Every file of the bundle directory, given the component-folder files already made by
     * {@link #objectFiles()}.
     *
     * @param objectFiles what {@link #objectFiles()} returned
     * @return the files, relative path to content
     */
    public Map<String, String> files(List<ObjectFile> objectFiles) {
        return files(objects, objectFiles, header);
    }

    /**
     * One file of the component folders and what it holds.
     *
     * @param path    relative path inside the bundle directory
     * @param objects indexes of its objects in the entry list, in order: one per YAML document
     * @param content the file's text: those objects separated by {@code ---}
     */
    public record ObjectFile(String path, List<Integer> objects, String content) {
    }

    /**
     * The component-folder files these objects are written as, in order of first appearance: objects
     * planned into the same path share one file, in plan order (a test case's ConfigMap and the Job
     * that runs it, so that one file runs or deletes one test case).
     */
    static List<ObjectFile> objectFiles(List<RenderedObject> objects) {
        Map<String, List<Integer>> byPath = new LinkedHashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            byPath.computeIfAbsent(objects.get(i).file(), f -> new ArrayList<>(2)).add(i);
        }
        List<ObjectFile> files = new ArrayList<>(byPath.size());
        byPath.forEach((path, indexes) -> {
            String content = objects.get(indexes.get(0)).yaml();
            if (indexes.size() > 1) {
                StringBuilder joined = new StringBuilder(indexes.stream().mapToInt(i -> objects.get(i).yaml().length() + 4).sum());
                for (int i : indexes) {
                    joined.append(joined.isEmpty() ? "" : "---\n").append(objects.get(i).yaml());
                }
                content = joined.toString();
            }
            files.add(new ObjectFile(path, List.copyOf(indexes), content));
        });
        return files;
    }

    private static Map<String, String> files(List<RenderedObject> objects, List<ObjectFile> objectFiles, String header) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bundle.yaml", bundleYaml(objects, header));
        files.put("kustomization.yaml", kustomization(objects));
        objectFiles.forEach(f -> files.put(f.path(), f.content()));
        return BundleContract.marked(files);
    }

    private static String bundleYaml(List<RenderedObject> objects, String header) {
        List<RenderedObject> bundled = objects.stream().filter(RenderedObject::inBundle).toList();
        // sized up front: a campaign's bundle is megabytes, and growing it would copy it over and over
        StringBuilder out = new StringBuilder(header.length()
                + bundled.stream().mapToInt(o -> o.file().length() + o.yaml().length() + 7).sum()).append(header);
        for (RenderedObject o : bundled) {
            out.append("---\n# ").append(o.file()).append('\n').append(o.yaml());
        }
        return out.toString();
    }

    /** A Kustomization listing the component-folder files, each once, so {@code kubectl apply -k DIR} works. */
    private static String kustomization(List<RenderedObject> objects) {
        StringBuilder out = new StringBuilder()
                .append("apiVersion: kustomize.config.k8s.io/v1beta1\n")
                .append("kind: Kustomization\n")
                .append("resources:\n");
        objects.stream().filter(RenderedObject::inBundle).map(RenderedObject::file).distinct()
                .forEach(file -> out.append("  - ").append(file).append('\n'));
        return out.toString();
    }
}
