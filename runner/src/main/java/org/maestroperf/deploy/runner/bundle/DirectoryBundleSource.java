package org.maestroperf.deploy.runner.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diag.UserFiles;

/**
 * Reads a generated bundle: a directory with {@code bundle.yaml}, the test cases beside it
 * ({@code client/testcase-<name>.yaml}, in file-name order) and {@code commands/*.yaml}, or a single
 * {@code bundle.yaml} (then the rest is looked up next to it). A bundle from an earlier version has
 * its test cases in bundle.yaml itself; then those are the ones run, and the files beside it (copies
 * of them) are not read.
 */
public final class DirectoryBundleSource implements BundleSource {

    private final Path path;
    private final String name;
    private final KubernetesSerialization serialization = new KubernetesSerialization();

    /**
     * A bundle {@code generate} wrote.
     *
     * @param path the directory, or its {@code bundle.yaml}
     * @param name the bundle name recorded in the inventory (one deployment per name and namespace)
     */
    public DirectoryBundleSource(Path path, String name) {
        this.path = path;
        this.name = name;
    }

    @Override
    public Bundle load() {
        Path file = Files.isDirectory(path) ? path.resolve("bundle.yaml") : path;
        if (!Files.isRegularFile(file)) {
            throw new UserException(path + ": no bundle here (expected a generated directory or its bundle.yaml)");
        }
        Path root = file.toAbsolutePath().getParent();
        Map<String, Job> commands = new LinkedHashMap<>();
        Path commandDir = root.resolve("commands");
        for (String command : List.of("stop", "unassign")) {
            Path commandFile = commandDir.resolve(command + ".yaml");
            if (Files.isRegularFile(commandFile)) {
                List<HasMetadata> objects = read(commandFile);
                if (objects.size() != 1 || !(objects.get(0) instanceof Job job)) {
                    throw new UserException(commandFile + ": expected exactly one Job");
                }
                commands.put(command, job);
            }
        }
        List<HasMetadata> objects = read(file);
        if (objects.stream().noneMatch(DirectoryBundleSource::ofTestCase)) {
            for (Path testCase : testCaseFiles(root)) {
                objects.addAll(read(testCase));
            }
        }
        return Bundle.of(name, objects, commands);
    }

    /** The files of the test cases beside the bundle, in file-name order. */
    private static List<Path> testCaseFiles(Path root) {
        Path folder = root.resolve(BundleContract.TESTCASE_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> BundleContract.testCaseName(root.relativize(f).toString()).isPresent())
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UserException(folder + ": cannot read: " + e.getMessage());
        }
    }

    private static boolean ofTestCase(HasMetadata object) {
        return object.getMetadata().getLabels() != null
                && object.getMetadata().getLabels().containsKey(Bundle.TESTCASE_LABEL);
    }

    private List<HasMetadata> read(Path file) {
        Object parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = serialization.unmarshal(in);
        } catch (IOException e) {
            throw new UserException(file + ": cannot read: " + UserFiles.reason(e));
        } catch (RuntimeException e) {
            throw new UserException(file + ": not Kubernetes YAML: " + firstLine(e.getMessage()));
        }
        List<HasMetadata> objects = new ArrayList<>();
        if (parsed instanceof List<?> list) {
            list.forEach(item -> objects.add(object(file, item)));
        } else if (parsed instanceof KubernetesResourceList<?> list) {
            list.getItems().forEach(item -> objects.add(object(file, item)));
        } else if (parsed != null) {
            objects.add(object(file, parsed));
        }
        return objects;
    }

    private static HasMetadata object(Path file, Object item) {
        if (item instanceof HasMetadata object && object.getMetadata() != null
                && object.getMetadata().getName() != null) {
            return object;
        }
        throw new UserException(file + ": a document is not a named Kubernetes object");
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }
}
