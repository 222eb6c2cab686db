package org.gdlab.sweep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.gdlab.core.validate.Check;

/**
 * Reads a sweep spec from a JSON or YAML file (YAML when the name ends in {@code .yaml} or
 * {@code .yml}), and the {@code NAME=VALUES} form of {@code gdlab sweep}'s flags. Every field is
 * checked: an unknown one, a wrong type, an empty axis or a bad range fails in one line naming
 * the file, the field, the value and what is allowed.
 *
 * <pre>
 * base:                  # optional; config: a run's config.json to start from
 *   data: fashion-mnist
 *   train_size: 2000
 *   epochs: 1
 * axes:                  # a list, one value, or for whole numbers a range A..B (inclusive)
 *   lr: [1e-3, 3e-3]
 *   init: [he, xavier]
 *   seed: 0..2
 * sample: {points: 4, seed: 0}   # optional: a seeded random sample instead of the whole grid
 * metric: validation_accuracy    # or test_accuracy, train_accuracy, train_loss
 * budget_seconds: 600            # optional: no point starts later
 * </pre>
 */
public final class SpecReader {
    /** The top-level fields. */
    public static final List<String> FIELDS = List.of("base", "axes", "sample", "metric", "budget_seconds");
    /** The base field naming a config.json. */
    public static final String CONFIG = "config";

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SpecReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} spec file
     * @return the spec it holds, every field checked
     * @throws IllegalArgumentException naming the file and what is wrong, in one line
     */
    public static SweepSpec read(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : "at byte " + Math.max(0, at.getByteOffset()) + " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + "): ";
            // Jackson's message goes on with where its input came from, which the location above says better
            String problem = e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ").replaceAll(" \\(start marker at .*", "");
            throw new IllegalArgumentException(file + ": " + where + "not a sweep spec: " + problem);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
        }
        try {
            return of(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The spec a parsed document holds. */
    static SweepSpec of(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw Check.invalid("the spec", root == null ? "empty" : root.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
                    "must be a mapping of " + String.join(", ", FIELDS));
        }
        onlyFields(root, "", FIELDS);
        SweepSpec spec = SweepSpec.EMPTY;
        JsonNode base = root.get("base");
        if (base != null) {
            if (!base.isObject()) {
                throw Check.invalid("field base", base, "must be a mapping of " + CONFIG + ", " + Setting.NAMES);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = base.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getKey().equals(CONFIG)) {
                    spec = spec.withBaseConfig(scalar("base." + CONFIG, f.getValue()));
                } else {
                    Setting s = setting("base." + f.getKey(), f.getKey(), CONFIG + ", ");
                    spec = spec.withBase(new Assignment(s, canonical(s, scalar("base." + f.getKey(), f.getValue()))));
                }
            }
        }
        JsonNode axes = root.get("axes");
        if (axes != null) {
            if (!axes.isObject()) {
                throw Check.invalid("field axes", axes, "must be a mapping from a setting (" + Setting.NAMES + ") to its values");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = axes.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                Setting s = setting("axes." + f.getKey(), f.getKey(), "");
                spec = spec.withAxis(axis(s, f.getValue()));
            }
        }
        JsonNode sample = root.get("sample");
        if (sample != null) {
            if (!sample.isObject() || !sample.has("points")) {
                throw Check.invalid("field sample", sample, "must be {points: N, seed: S} (seed optional, 0 by default)");
            }
            onlyFields(sample, "sample.", List.of("points", "seed"));
            int points = wholeField("sample.points", sample.get("points"));
            if (points < 1) {
                throw Check.invalid("field sample.points", points, "must be >= 1 (leave sample out for the whole grid)");
            }
            spec = spec.withSampling(new Sampling(points, sample.has("seed") ? wholeField("sample.seed", sample.get("seed")) : 0));
        }
        JsonNode metric = root.get("metric");
        if (metric != null) {
            spec = spec.withMetric(RankMetric.named("field metric", scalar("metric", metric)));
        }
        JsonNode budget = root.get("budget_seconds");
        if (budget != null) {
            if (!budget.isNumber() || !(budget.asDouble() > 0)) {
                throw Check.invalid("field budget_seconds", budget, "must be a number of seconds > 0");
            }
            spec = spec.withBudgetSeconds(budget.asDouble());
        }
        return spec;
    }

    /**
     * An axis from a flag's {@code NAME=V1,V2,...} or {@code NAME=A..B}.
     *
     * @param flag the flag the text came with, for messages (e.g. {@code --axis})
     * @param text {@code NAME=V1,V2,...}, each value a single value or (whole-number settings only) a range {@code A..B}
     * @return the axis, its ranges expanded and its real numbers in one form ({@code 1e-3} as {@code 0.001})
     * @throws IllegalArgumentException naming {@code flag}, the text and the form
     */
    public static Axis axisFlag(String flag, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw Check.invalid(flag, text, "must be NAME=V1,V2,... or NAME=A..B with NAME one of " + Setting.NAMES);
        }
        Setting s = Setting.named(flag + " name", text.substring(0, eq).trim());
        String values = text.substring(eq + 1).trim();
        if (values.isEmpty()) {
            throw Check.invalid(flag + " " + s.label(), "[]", "an axis needs at least one value");
        }
        List<String> list = new ArrayList<>();
        for (String v : values.split(",", -1)) {
            list.addAll(values(s, v.trim()));
        }
        return axis(s, list);
    }

    /**
     * A base field from a flag's {@code NAME=VALUE}.
     *
     * @param flag the flag the text came with, for messages (e.g. {@code --set})
     * @param text {@code NAME=VALUE} with a non-empty value
     * @return the base field, its real number in one form
     * @throws IllegalArgumentException naming {@code flag}, the text and the form
     */
    public static Assignment assignmentFlag(String flag, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw Check.invalid(flag, text, "must be NAME=VALUE with NAME one of " + Setting.NAMES);
        }
        Setting s = Setting.named(flag + " name", text.substring(0, eq).trim());
        return new Assignment(s, canonical(s, text.substring(eq + 1).trim()));
    }

    private static Axis axis(Setting s, JsonNode node) {
        String where = "axes." + s.label();
        List<String> list = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode v : node) {
                list.add(canonical(s, scalar(where, v)));
            }
        } else {
            list.addAll(values(s, scalar(where, node)));
        }
        if (list.isEmpty()) {
            throw Check.invalid("axis " + s.label(), "[]", "an axis needs at least one value");
        }
        return axis(s, list);
    }

    private static Axis axis(Setting s, List<String> values) {
        if (values.stream().anyMatch(String::isEmpty)) {
            throw Check.invalid("axis " + s.label(), values, "a value may not be empty");
        }
        return new Axis(s, values);
    }

    /** One value, or the whole numbers of a range {@code A..B} for a whole-number setting. */
    private static List<String> values(Setting s, String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            return List.of(canonical(s, text));
        }
        if (!s.whole()) {
            throw Check.invalid("axis " + s.label(), text, "a range A..B is for whole-number settings (batch, epochs, "
                    + "seed, threads, train_size, validation_size); list the values instead");
        }
        int from = Setting.whole("axis " + s.label() + " range start", text.substring(0, dots));
        int to = Setting.whole("axis " + s.label() + " range end", text.substring(dots + 2));
        if (to < from || (long) to - from >= 10_000) {
            throw Check.invalid("axis " + s.label(), text, "a range A..B needs A <= B and at most 10000 values");
        }
        List<String> out = new ArrayList<>();
        for (int v = from; v <= to; v++) {
            out.add(Integer.toString(v));
        }
        return out;
    }

    /** A number of a real-valued setting in one form ({@code 1e-3} and {@code 0.001} both as {@code 0.001}). */
    private static String canonical(Setting s, String text) {
        if (s.whole() || !(s == Setting.LR || s == Setting.MOMENTUM || s == Setting.REG)) {
            return text;
        }
        try {
            return new BigDecimal(text.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Setting setting(String field, String name, String alsoAllowed) {
        for (Setting s : Setting.values()) {
            if (s.label().equals(name)) {
                return s;
            }
        }
        throw Check.invalid("field " + field, "unknown", "allowed: " + alsoAllowed + Setting.NAMES);
    }

    private static void onlyFields(JsonNode node, String prefix, List<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw Check.invalid("field " + prefix + f, "unknown", "allowed: " + String.join(", ", allowed));
            }
        }
    }

    private static String scalar(String field, JsonNode v) {
        if (v.isTextual()) {
            return v.asText().trim();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return v.decimalValue().stripTrailingZeros().toPlainString();
        }
        throw Check.invalid("field " + field, v, "must be a number or a text in " + "gdlab train's form");
    }

    private static int wholeField(String field, JsonNode v) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw Check.invalid("field " + field, v, "must be a whole number");
        }
        return v.intValue();
    }
}
