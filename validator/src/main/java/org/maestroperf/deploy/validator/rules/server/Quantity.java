package org.maestroperf.deploy.validator.rules.server;

import java.math.BigDecimal;

import org.maestroperf.deploy.validator.source.ScalarValue;
import org.maestroperf.deploy.validator.source.Value;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 4Gi}, {@code 1e3}): a signed decimal number
 * and a suffix, binary (Ki ... Ei), decimal (n u m k M G T P E) or an exponent. The schema lets any
 * string or number through; the API server refuses what does not parse when it decodes the object.
 */
final class Quantity {

    /** The server's own words when a quantity does not parse. */
    static final String FORMAT = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

    private Quantity() {
    }

    /** The text of a quantity field (a string or a number), or null when absent or of another type. */
    static String text(Value v) {
        return v instanceof ScalarValue s && (s.value() instanceof String || s.value() instanceof Number) ? s.text() : null;
    }

    /** The value of a quantity, or null when it does not parse. */
    static BigDecimal parse(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digitsStart = i;
        int digits = 0;
        boolean dot = false;
        while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' && !dot)) {
            if (s.charAt(i) == '.') {
                dot = true;
            } else {
                digits++;
            }
            i++;
        }
        if (digits == 0) {
            return null;
        }
        BigDecimal number = digits <= 18 ? small(s, digitsStart, i) : new BigDecimal(s.substring(0, digitsStart) + s.substring(digitsStart, i)
                + (s.charAt(i - 1) == '.' ? "0" : ""));
        String suffix = s.substring(i);
        return switch (suffix) {
            case "" -> number;
            case "Ki" -> number.multiply(BigDecimal.valueOf(1L << 10));
            case "Mi" -> number.multiply(BigDecimal.valueOf(1L << 20));
            case "Gi" -> number.multiply(BigDecimal.valueOf(1L << 30));
            case "Ti" -> number.multiply(BigDecimal.valueOf(1L << 40));
            case "Pi" -> number.multiply(BigDecimal.valueOf(1L << 50));
            case "Ei" -> number.multiply(BigDecimal.valueOf(1L << 60));
            case "n" -> number.scaleByPowerOfTen(-9);
            case "u" -> number.scaleByPowerOfTen(-6);
            case "m" -> number.scaleByPowerOfTen(-3);
            case "k" -> number.scaleByPowerOfTen(3);
            case "M" -> number.scaleByPowerOfTen(6);
            case "G" -> number.scaleByPowerOfTen(9);
            case "T" -> number.scaleByPowerOfTen(12);
            case "P" -> number.scaleByPowerOfTen(15);
            case "E" -> number.scaleByPowerOfTen(18);
            default -> exponent(number, suffix);
        };
    }

    /** The number of {@code s} between {@code from} and {@code to} (at most 18 digits, one '.'), with the sign before it. */
    private static BigDecimal small(String s, int from, int to) {
        long unscaled = 0;
        int scale = 0;
        boolean fraction = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                fraction = true;
            } else {
                unscaled = unscaled * 10 + (c - '0');
                scale += fraction ? 1 : 0;
            }
        }
        return BigDecimal.valueOf(from > 0 && s.charAt(0) == '-' ? -unscaled : unscaled, scale);
    }

    private static BigDecimal exponent(BigDecimal number, String suffix) {
        if (suffix.length() < 2 || suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E') {
            return null;
        }
        String e = suffix.substring(1);
        int start = e.charAt(0) == '+' || e.charAt(0) == '-' ? 1 : 0;
        if (start == e.length() || e.length() > 6 || !e.substring(start).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return number.scaleByPowerOfTen(Integer.parseInt(e.charAt(0) == '+' ? e.substring(1) : e));
    }
}
