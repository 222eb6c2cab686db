package org.gdlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The "options" object of a run's config.json, read back on {@code --resume}: an option that is
 * absent keeps its default (files written before it existed), one of the wrong type is an error
 * naming the file, the option and the value.
 */
final class SavedOptions {
    private final Path file;
    private final JsonNode options;

    /**
     * @param file the config.json, for messages
     * @param options its "options" node
     * @throws IllegalArgumentException when that node is not an object
     */
    SavedOptions(Path file, JsonNode options) {
        if (options.isMissingNode() || !options.isObject()) {
            throw new IllegalArgumentException(file + ": no \"options\" object; is this a gdlab train run folder?");
        }
        this.file = file;
        this.options = options;
    }

    /** A text option, or {@code otherwise} when absent. */
    String text(String name, String otherwise) {
        return present(name, JsonNode::isTextual, "a string") ? options.get(name).asText() : otherwise;
    }

    /** A whole-number option that fits an int, or {@code otherwise} when absent. */
    int whole(String name, int otherwise) {
        return present(name, JsonNode::canConvertToInt, "a whole number") ? options.get(name).asInt() : otherwise;
    }

    /** A whole-number option that fits a long, or {@code otherwise} when absent. */
    long wholeLong(String name, long otherwise) {
        return present(name, JsonNode::canConvertToLong, "a whole number") ? options.get(name).asLong() : otherwise;
    }

    /** A whole-number option, or null when absent or null. */
    Integer wholeOrNull(String name) {
        return present(name, JsonNode::canConvertToInt, "a whole number or null") ? options.get(name).asInt() : null;
    }

    /** A number option, or {@code otherwise} when absent. */
    double number(String name, double otherwise) {
        return present(name, JsonNode::isNumber, "a number") ? options.get(name).asDouble() : otherwise;
    }

    /** A number option, or null when absent or null. */
    Double numberOrNull(String name) {
        return present(name, JsonNode::isNumber, "a number or null") ? options.get(name).asDouble() : null;
    }

    /** A true/false option, or {@code otherwise} when absent. */
    boolean flag(String name, boolean otherwise) {
        return present(name, JsonNode::isBoolean, "true or false") ? options.get(name).asBoolean() : otherwise;
    }

    private boolean present(String name, Predicate<JsonNode> fits, String rule) {
        JsonNode value = options.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        boolean fractional = value.isNumber() && !value.isIntegralNumber() && rule.startsWith("a whole");
        if (!fits.test(value) || fractional) {
            throw new IllegalArgumentException(file + ": options." + name + " = " + value + " is not allowed: must be "
                    + rule);
        }
        return true;
    }
}
