package org.maestroperf.deploy.diag;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * One JSON Schema violation, as Everit reports it, in the user's words: types as YAML users name them
 * ({@code integer}, {@code mapping}) rather than Java classes, ranges and lengths as sentences, and a
 * pattern by what it allows (its {@value #PATTERN_WORDS}, the keyword editors show too) rather than
 * by its regular expression. Everit's own wording is the last resort, for keywords not covered here.
 */
public final class SchemaMessages {

    /** The schema keyword holding a pattern's meaning in words ("must be ..."), as VS Code reads it. */
    public static final String PATTERN_WORDS = "patternErrorMessage";
    private static final int SHOWN_CHARACTERS = 60;
    private static final Pattern EXPECTED_TYPE = Pattern.compile("^expected type: (\\w+)");
    private static final Pattern JAVA_TYPE_NAME = Pattern.compile(
            "\\b(String|Integer|Long|BigInteger|Number|Double|BigDecimal|Boolean|JSONArray|JSONObject|JsonArray|JsonObject)\\b");
    /** Everit's names of JSON types: the Java classes org.json (and Everit's schema loader) reads them as. */
    private static final Map<String, String> JAVA_TYPES = Map.ofEntries(
            Map.entry("String", "string"), Map.entry("Integer", "integer"), Map.entry("Long", "integer"),
            Map.entry("BigInteger", "integer"), Map.entry("Number", "number"), Map.entry("Double", "number"),
            Map.entry("BigDecimal", "number"), Map.entry("Boolean", "boolean"), Map.entry("JSONArray", "list"),
            Map.entry("JSONObject", "mapping"), Map.entry("JsonArray", "list"), Map.entry("JsonObject", "mapping"));

    private SchemaMessages() {
    }

    /**
     * A violation without causes, about {@code subject} (the value at the violation's pointer: plain
     * Java values or org.json's), as "must be ..., found ..." or a like sentence.
     */
    public static String describe(ValidationException e, Object subject) {
        return describe(e, subject, null);
    }

    /**
     * The same, for a violation inside {@code enclosing}: Everit turns {@code type: [string, null]} into a
     * combination whose keywords it does not know ({@value #PATTERN_WORDS}) stay with the combination.
     */
    public static String describe(ValidationException e, Object subject, Schema enclosing) {
        Schema schema = e.getViolatedSchema();
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        String found = ", found " + describe(subject);
        switch (keyword) {
            case "type":
                return "expected " + expectedType(e) + found;
            case "enum":
                if (schema instanceof EnumSchema enumSchema) {
                    return "must be one of " + enumSchema.getPossibleValuesAsList().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")) + found;
                }
                break;
            case "const":
                if (schema instanceof ConstSchema constSchema) {
                    return "must be " + constSchema.getPermittedValue() + found;
                }
                break;
            case "pattern":
                if (schema instanceof StringSchema string) {
                    Object words = string.getUnprocessedProperties().get(PATTERN_WORDS);
                    if (words == null && enclosing != null) {
                        words = enclosing.getUnprocessedProperties().get(PATTERN_WORDS);
                    }
                    return words != null ? words + found
                            : "must match the pattern " + string.getPattern() + found;
                }
                break;
            case "minLength", "maxLength":
                if (schema instanceof StringSchema string && subject instanceof String s) {
                    int length = s.codePointCount(0, s.length());
                    return keyword.equals("minLength")
                            ? (length == 0 ? "is empty" : "is " + characters(length) + " long") + ", at least "
                                    + characters(string.getMinLength()) + " needed"
                            : "is " + characters(length) + " long, at most " + string.getMaxLength() + " allowed";
                }
                break;
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
                if (schema instanceof NumberSchema number) {
                    return "must be " + range(number) + ", found " + subject;
                }
                break;
            case "multipleOf":
                if (schema instanceof NumberSchema number) {
                    return "must be a multiple of " + plain(number.getMultipleOf()) + ", found " + subject;
                }
                break;
            case "minItems", "maxItems":
                if (schema instanceof ArraySchema array) {
                    return "has " + count(size(subject), "item") + ", " + bound(keyword.equals("minItems"),
                            keyword.equals("minItems") ? array.getMinItems() : array.getMaxItems());
                }
                break;
            case "minProperties", "maxProperties":
                if (schema instanceof ObjectSchema object) {
                    Integer min = object.getMinProperties();
                    Integer max = object.getMaxProperties();
                    if (min != null && min.equals(max)) {
                        return "must have exactly " + count(min, "key") + ", found " + size(subject);
                    }
                    return "has " + count(size(subject), "key") + ", " + bound(keyword.equals("minProperties"),
                            keyword.equals("minProperties") ? min : max);
                }
                break;
            case "uniqueItems":
                return "holds the same item more than once";
            case "format":
                if (schema instanceof StringSchema string && string.getFormatValidator() != null) {
                    return "must be a valid " + string.getFormatValidator().formatName() + found;
                }
                break;
            default:
                break;
        }
        String message = e.getErrorMessage();
        return message == null ? "does not satisfy the schema (" + keyword + ")" : withoutJavaTypes(message);
    }

    /** Everit's (or org.json's) own text with the Java classes it names as JSON types in YAML words. */
    public static String withoutJavaTypes(String message) {
        Matcher java = JAVA_TYPE_NAME.matcher(message);
        StringBuilder out = new StringBuilder();
        while (java.find()) {
            java.appendReplacement(out, JAVA_TYPES.get(java.group(1)));
        }
        return java.appendTail(out).toString();
    }

    /**
     * The type a "type" violation expected. Everit names it by Java class in its message, and the
     * message is right where the violated schema is not (for a map's additionalProperties it is the map's).
     */
    private static String expectedType(ValidationException e) {
        Matcher named = EXPECTED_TYPE.matcher(e.getErrorMessage() == null ? "" : e.getErrorMessage());
        if (named.find()) {
            String word = JAVA_TYPES.get(named.group(1));
            if (word != null) {
                return word;
            }
        }
        return typeOf(e.getViolatedSchema());
    }

    /** What a schema accepts, by type: {@code integer}, {@code string or null}, {@code mapping}. */
    public static String typeOf(Schema schema) {
        if (schema instanceof NumberSchema number) {
            return number.requiresInteger() ? "integer" : "number";
        }
        if (schema instanceof StringSchema) {
            return "string";
        }
        if (schema instanceof BooleanSchema) {
            return "boolean";
        }
        if (schema instanceof NullSchema) {
            return "null";
        }
        if (schema instanceof ArraySchema) {
            return "list";
        }
        if (schema instanceof ObjectSchema) {
            return "mapping";
        }
        if (schema instanceof CombinedSchema combined) {
            return combined.getSubschemas().stream().map(SchemaMessages::typeOf).distinct()
                    .collect(Collectors.joining(" or "));
        }
        return "a different value";
    }

    /** A value's type in the same words: {@code integer}, {@code string}, {@code list}, ... */
    public static String typeOfValue(Object value) {
        if (value == null || value == JSONObject.NULL) {
            return "null";
        }
        if (value instanceof Map<?, ?> || value instanceof JSONObject) {
            return "mapping";
        }
        if (value instanceof Collection<?> || value instanceof JSONArray) {
            return "list";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte) {
            return "integer";
        }
        return value instanceof Number ? "number" : "string";
    }

    /** A value as a message shows it: {@code string 'x'}, {@code integer 4}, {@code mapping}. */
    public static String describe(Object value) {
        String type = typeOfValue(value);
        if (value instanceof String s) {
            return "string '" + (s.length() > SHOWN_CHARACTERS ? s.substring(0, SHOWN_CHARACTERS) + "..." : s) + "'";
        }
        return switch (type) {
            case "null", "mapping", "list" -> type;
            default -> type + " " + value;
        };
    }

    /** "from 0 to 65535", "at least 1", "more than 0", ... */
    private static String range(NumberSchema number) {
        Number min = number.getMinimum();
        Number max = number.getMaximum();
        Number above = number.getExclusiveMinimumLimit() != null ? number.getExclusiveMinimumLimit()
                : number.isExclusiveMinimum() ? min : null;
        Number below = number.getExclusiveMaximumLimit() != null ? number.getExclusiveMaximumLimit()
                : number.isExclusiveMaximum() ? max : null;
        if (above != null) {
            min = null;
        }
        if (below != null) {
            max = null;
        }
        if (min != null && max != null) {
            return "from " + plain(min) + " to " + plain(max);
        }
        String lower = min != null ? "at least " + plain(min) : above != null ? "more than " + plain(above) : null;
        String upper = max != null ? "at most " + plain(max) : below != null ? "less than " + plain(below) : null;
        return List.of(lower == null ? "" : lower, upper == null ? "" : upper).stream().filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" and "));
    }

    private static String plain(Number n) {
        return n instanceof Double || n instanceof Float || n instanceof BigDecimal
                ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString() : n.toString();
    }

    private static int size(Object subject) {
        if (subject instanceof Map<?, ?> m) {
            return m.size();
        }
        if (subject instanceof Collection<?> c) {
            return c.size();
        }
        if (subject instanceof JSONObject o) {
            return o.length();
        }
        return subject instanceof JSONArray a ? a.length() : 0;
    }

    private static String bound(boolean atLeast, Integer limit) {
        return atLeast ? "at least " + limit + " needed" : "at most " + limit + " allowed";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String characters(int n) {
        return count(n, "character");
    }
}
