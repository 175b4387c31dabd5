package org.maestroperf.deploy.runner.preflight;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

import static org.maestroperf.deploy.runner.preflight.Forbidden.skipIfForbidden;

/** Each PVC's StorageClass exists, or (without one named) the cluster has a default class. */
final class StorageClassCheck implements PreflightCheck {

    static final String DEFAULT_ANNOTATION = "storageclass.kubernetes.io/is-default-class";

    @Override
    public List<PreflightProblem> check(PreflightContext context) {
        List<PersistentVolumeClaim> claims = context.bundle().infrastructure().stream()
                .filter(PersistentVolumeClaim.class::isInstance).map(PersistentVolumeClaim.class::cast).toList();
        if (claims.isEmpty()) {
            return List.of();
        }
        return skipIfForbidden(() -> {
            List<StorageClass> classes = context.cluster().client().storage().v1().storageClasses().list().getItems();
            List<PreflightProblem> problems = new ArrayList<>();
            for (PersistentVolumeClaim claim : claims) {
                String wanted = claim.getSpec().getStorageClassName();
                String name = "PVC " + claim.getMetadata().getName();
                if (wanted == null) {
                    if (classes.stream().noneMatch(StorageClassCheck::isDefault)) {
                        problems.add(new PreflightProblem("storage", name + " names no StorageClass and the cluster "
                                + "has no default one, so it would stay Pending",
                                "set the storage class in the profile, or mark one default (kubectl annotate "
                                        + "storageclass NAME " + DEFAULT_ANNOTATION + "=true)"));
                    }
                } else if (!wanted.isEmpty() && classes.stream().noneMatch(c -> c.getMetadata().getName().equals(wanted))) {
                    problems.add(new PreflightProblem("storage", name + " asks for StorageClass " + wanted
                            + ", which does not exist (have: " + classes.stream().map(c -> c.getMetadata().getName())
                            .toList() + ")", "set an existing storage class in the profile"));
                }
            }
            return problems;
        });
    }

    static boolean isDefault(StorageClass storageClass) {
        return storageClass.getMetadata().getAnnotations() != null
                && "true".equals(storageClass.getMetadata().getAnnotations().get(DEFAULT_ANNOTATION));
    }
}
