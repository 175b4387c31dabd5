package org.maestroperf.deploy.validator.rules.server;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A CronJob schedule as the API server parses it (the standard five-field cron syntax of the cron
 * library it uses, with descriptors such as {@code @hourly} and {@code @every 1h30m}): the
 * library's own explanation of what does not parse, or null.
 */
final class CronSchedule {

    private record Bounds(int min, int max, List<String> names) {
    }

    private static final List<String> MONTHS = List.of("", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
    private static final List<Bounds> FIELDS = List.of(new Bounds(0, 59, List.of()), new Bounds(0, 23, List.of()),
            new Bounds(1, 31, List.of()), new Bounds(1, 12, MONTHS), new Bounds(0, 6, DAYS));
    private static final List<String> DESCRIPTORS = List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
    private static final Pattern DURATION = Pattern.compile("[-+]?(0|((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|\u00b5s|ms|s|m|h))+)");

    private CronSchedule() {
    }

    static String problem(String schedule) {
        if (schedule.isEmpty()) {
            return "empty spec string";
        }
        if (schedule.charAt(0) == '@') {
            if (DESCRIPTORS.contains(schedule)) {
                return null;
            }
            if (schedule.startsWith("@every ")) {
                String duration = schedule.substring("@every ".length());
                return DURATION.matcher(duration).matches() ? null : "failed to parse duration " + schedule + ": time: invalid duration \"" + duration + "\"";
            }
            return "unrecognized descriptor: " + schedule;
        }
        String[] fields = schedule.trim().split("\\s+");
        if (fields.length != 5) {
            return "expected exactly 5 fields, found " + fields.length + ": " + schedule;
        }
        for (int f = 0; f < 5; f++) {
            for (String range : fields[f].split(",")) {
                if (range.isEmpty()) {
                    continue; // "1,,2" reads as "1,2", as the library splits it
                }
                String problem = range(range, FIELDS.get(f));
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static String range(String expr, Bounds bounds) {
        String[] rangeAndStep = expr.split("/", -1);
        String[] lowAndHigh = rangeAndStep[0].split("-", -1);
        long start;
        long end;
        if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
            start = bounds.min();
            end = bounds.max();
        } else {
            Object low = number(lowAndHigh[0], bounds);
            if (low instanceof String problem) {
                return problem;
            }
            start = (Long) low;
            end = start;
            if (lowAndHigh.length == 2) {
                Object high = number(lowAndHigh[1], bounds);
                if (high instanceof String problem) {
                    return problem;
                }
                end = (Long) high;
            } else if (lowAndHigh.length > 2) {
                return "too many hyphens: " + expr;
            }
        }
        long step = 1;
        if (rangeAndStep.length == 2) {
            Object s = number(rangeAndStep[1], null);
            if (s instanceof String problem) {
                return problem;
            }
            step = (Long) s;
            if (lowAndHigh.length == 1) {
                end = bounds.max();
            }
        } else if (rangeAndStep.length > 2) {
            return "too many slashes: " + expr;
        }
        if (start < bounds.min()) {
            return "beginning of range (" + start + ") below minimum (" + bounds.min() + "): " + expr;
        }
        if (end > bounds.max()) {
            return "end of range (" + end + ") above maximum (" + bounds.max() + "): " + expr;
        }
        if (start > end) {
            return "beginning of range (" + start + ") beyond end of range (" + end + "): " + expr;
        }
        if (step == 0) {
            return "step of range should be a positive number: " + expr;
        }
        return null;
    }

    /** A number or (for months and days of the week) a name: the Long, or the problem. */
    private static Object number(String expr, Bounds bounds) {
        if (bounds != null) {
            int named = bounds.names().indexOf(expr.toLowerCase(Locale.ROOT));
            if (named > 0 || named == 0 && !bounds.names().get(0).isEmpty()) {
                return (long) named;
            }
        }
        String digits = expr.startsWith("+") || expr.startsWith("-") ? expr.substring(1) : expr;
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return "failed to parse int from " + expr + ": strconv.Atoi: parsing \"" + expr + "\": invalid syntax";
        }
        long n = Long.parseLong(expr.startsWith("+") ? digits : expr);
        return n < 0 ? "negative number (" + n + ") not allowed: " + expr : (Object) n;
    }
}
