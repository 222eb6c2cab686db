package org.gdlab.nn.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.gdlab.core.io.JsonFiles;

/**
 * Reads a config file strictly into its record: every key of every nested record must be there
 * (only an {@code Optional} may be null), of its type (no {@code "5"} for 5, no 2.5 for a whole
 * number, no 1 for true), and valid for the record's constructor. Anything else is one
 * {@link IllegalArgumentException} naming the file and the key, e.g.
 * {@code runs/a/config.json: key training.epochs is missing}.
 */
final class ConfigReader {
    private static final PropertyNamingStrategies.NamingBase NAMES =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final ObjectMapper STRICT = strict();
    /**
     * Optional keys that config.json files written by earlier versions of gdlab do not have: there,
     * and only there, a missing key means what an empty one does (no sharpness tracking), so that
     * their runs still resume. Every other key must be present.
     */
    private static final Set<String> ADDED_LATER = Set.of("training.sharpness");

    private ConfigReader() {
    }

    private static ObjectMapper strict() {
        ObjectMapper m = JsonFiles.mapper().copy()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return m;
    }

    /** Reads {@code file} as a {@code type}. */
    static <T extends Record> T read(Path file, Class<T> type) {
        JsonNode root = JsonFiles.read(file);
        requireKeys(file, root, type, "");
        try {
            return STRICT.treeToValue(root, type);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalArgumentException(file + ": key " + path(e) + ": " + cause.getMessage(), e);
        } catch (MismatchedInputException e) {
            throw new IllegalArgumentException(file + ": key " + path(e) + " = " + at(root, e) + " is not allowed: must be "
                    + expected(e.getTargetType()), e);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(file + ": key " + path(e) + ": "
                    + e.getOriginalMessage().replaceAll("\\s+", " "), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON value at the exception's path. */
    private static JsonNode at(JsonNode root, JsonMappingException e) {
        JsonNode n = root;
        for (JsonMappingException.Reference r : e.getPath()) {
            n = r.getFieldName() != null ? n.path(r.getFieldName()) : n.path(r.getIndex());
        }
        return n;
    }

    /** What a value of {@code type} is, in words. */
    private static String expected(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return type == null ? "of another type" : "a " + (type.isArray() ? "list" : "text of " + type.getSimpleName());
    }

    private static String path(JsonMappingException e) {
        String p = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return p.isEmpty() ? "(the top level)" : p;
    }

    /** Requires every component of {@code type} in {@code node}, recursing into records and lists of records. */
    private static void requireKeys(Path file, JsonNode node, Class<?> type, String prefix) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(file + ": key " + (prefix.isEmpty() ? "(the top level)" : prefix)
                    + " must be an object of " + type.getSimpleName());
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String name = NAMES.translate(c.getName());
            String key = prefix.isEmpty() ? name : prefix + "." + name;
            JsonNode v = node.get(name);
            boolean optional = c.getType() == Optional.class || c.getType() == OptionalInt.class;
            if (v == null && optional && ADDED_LATER.contains(key)) {
                continue;
            }
            if (v == null) {
                throw new IllegalArgumentException(file + ": key " + key + " is missing");
            }
            if (v.isNull()) {
                if (optional) {
                    continue;
                }
                throw new IllegalArgumentException(file + ": key " + key + " is null");
            }
            if (c.getType().isRecord()) {
                requireKeys(file, v, c.getType(), key);
            } else if (c.getType() == List.class && elementType(c) instanceof Class<?> e && e.isRecord()) {
                if (!v.isArray()) {
                    throw new IllegalArgumentException(file + ": key " + key + " must be a list");
                }
                for (int i = 0; i < v.size(); i++) {
                    requireKeys(file, v.get(i), e, key + "[" + i + "]");
                }
            }
        }
    }

    private static Type elementType(RecordComponent c) {
        return c.getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }
}
