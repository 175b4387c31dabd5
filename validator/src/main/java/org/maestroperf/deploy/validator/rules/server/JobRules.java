package org.maestroperf.deploy.validator.rules.server;

import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/** Jobs and CronJobs: counts and deadlines, generated selectors, schedules, concurrency, name length. */
final class JobRules {

    private JobRules() {
    }

    /** A Job's spec with where it is: the Job's own, or a CronJob's job template. */
    private record JobSpec(Manifest manifest, Value spec, FieldPath at, boolean template) {
    }

    /** The Job spec of a Job or CronJob, or null. */
    private static JobSpec jobSpec(Manifest m, String kind) {
        return switch (kind) {
            case "Job" -> new JobSpec(m, m.root().get("spec"), FieldPath.ROOT.child("spec"), false);
            case "CronJob" -> new JobSpec(m, m.root().path("spec", "jobTemplate", "spec"), FieldPath.ROOT.child("spec", "jobTemplate", "spec"), true);
            default -> null;
        };
    }

    static final class Counts extends ServerRule {
        Counts() {
            super("server-job-counts", "parallelism, completions, activeDeadlineSeconds, backoffLimit and ttlSecondsAfterFinished of Jobs are not negative");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("Job", "CronJob");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            JobSpec j = jobSpec(m, kind);
            if (j != null) {
                for (String field : List.of("parallelism", "completions", "activeDeadlineSeconds", "backoffLimit", "ttlSecondsAfterFinished")) {
                    WorkloadRules.nonNegative(j.manifest(), j.spec(), j.at(), field, errors);
                }
            }
        }
    }

    static final class Selector extends ServerRule {
        Selector() {
            super("server-job-selector", "a Job's selector is generated: none is given unless manualSelector is true, and none in a CronJob's job template");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("Job", "CronJob");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            JobSpec j = jobSpec(m, kind);
            if (j != null) {
                boolean manual = Fields.isTrue(j.spec().get("manualSelector"));
                if (!j.template() && manual && !Fields.isSet(j.spec().get("selector"))) {
                    errors.required(j.manifest(), j.at().child("selector"), "");
                }
                if (j.template() && manual) {
                    errors.notSupported(j.manifest(), j.at().child("manualSelector"), true, List.of("nil", "false"));
                }
                if (Fields.isSet(j.spec().get("selector")) && (j.template() || !manual && !generated(j))) {
                    errors.invalid(j.manifest(), j.at().child("selector"), "", j.template() ? "`selector` will be auto-generated"
                            : "`selector` not auto-generated");
                }
            }
        }
    }

    /** A selector the server's own would still match: at most {@code job-name: <the Job's name>}. */
    private static boolean generated(JobSpec j) {
        Value selector = j.spec().get("selector");
        if (!selector.get("matchExpressions").items().isEmpty()) {
            return false;
        }
        if (selector.get("matchLabels") instanceof org.maestroperf.deploy.validator.source.MapValue labels) {
            for (int i = 0; i < labels.size(); i++) {
                if (!labels.key(i).equals("job-name") || !labels.value(i).textOr("").equals(j.manifest().name())) {
                    return false;
                }
            }
        }
        return true;
    }

    static final class Schedule extends ServerRule {
        Schedule() {
            super("server-cron-schedule", "a CronJob's schedule is standard five-field cron syntax or a descriptor (@hourly, @every 1h), without TZ");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("CronJob");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (!kind.equals("CronJob")) {
                return;
            }
            String schedule = Fields.string(m.root().path("spec", "schedule"));
            FieldPath at = FieldPath.ROOT.child("spec", "schedule");
            if (schedule == null) {
                return;
            }
            if (schedule.isEmpty()) {
                errors.required(m, at, "");
                return;
            }
            String problem = schedule.contains("TZ") ? null : CronSchedule.problem(schedule);
            if (problem != null) {
                errors.invalid(m, at, schedule, problem);
            } else if (schedule.contains("TZ")) {
                errors.invalid(m, at, schedule, "cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
            }
        }
    }

    static final class CronJobFields extends ServerRule {
        private static final List<String> POLICIES = List.of("Allow", "Forbid", "Replace");

        CronJobFields() {
            super("server-cronjob-fields", "a CronJob's concurrencyPolicy is Allow, Forbid or Replace, its deadlines and history limits are not negative, its name at most 52 characters");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("CronJob");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (!kind.equals("CronJob")) {
                return;
            }
            Value spec = m.root().get("spec");
            FieldPath at = FieldPath.ROOT.child("spec");
            String policy = Fields.string(spec.get("concurrencyPolicy"));
            if (policy != null && !policy.isEmpty() && !POLICIES.contains(policy)) {
                errors.notSupported(m, at.child("concurrencyPolicy"), policy, POLICIES);
            }
            for (String field : List.of("startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit")) {
                WorkloadRules.nonNegative(m, spec, at, field, errors);
            }
            // the controller names each Job after the CronJob plus an 11-character suffix, within 63
            if (m.name().length() > 52) {
                errors.invalid(m, FieldPath.ROOT.child("metadata", "name"), m.name(), "must be no more than 52 characters");
            }
        }
    }
}
