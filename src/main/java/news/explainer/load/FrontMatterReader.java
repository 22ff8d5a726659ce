package news.explainer.load;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalTimeDeserializer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/**
 * Reads front matter strictly into a record. Unknown keys are errors with a "did you mean", types and dates are
 * checked by Jackson, and every message carries the file line, not the line within the YAML block.
 */
public final class FrontMatterReader {
    /**
     * Front matter is a few lines of fields, or a comparison's answers for every article (about 250 characters
     * each); more than this is a pasted article or a runaway file, refused with a clear message before SnakeYAML's
     * own limit (3 M code points) would stop it with a vague one.
     */
    public static final int MAX_FRONT_MATTER_CHARS = 3_000_000;

    private final YAMLMapper mapper;
    private final LoadMemo memo;

    public FrontMatterReader() {
        this(LoadMemo.off());
    }

    /** A reader that keeps the fields read from each text in {@code memo}. */
    FrontMatterReader(LoadMemo memo) {
        this.memo = memo;
        mapper = YAMLMapper.builder()
                // The two date and time types front matter has, not all of java.time: the whole JavaTimeModule
                // loads and sets up some 75 classes at every start, for types no field uses. A field of another
                // java.time type would be refused with Jackson's own message, naming the module.
                .addModule(new SimpleModule("front-matter-dates")
                        .addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE)
                        .addDeserializer(LocalTime.class, LocalTimeDeserializer.INSTANCE))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // "name: x" twice: the first would be lost without a word.
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        // "aliases:" followed by a "- " line with nothing after it is an empty item, not a person called null.
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    /** Every annotation file of one kind in a folder, in file-name order; unreadable files are reported. */
    public <T> List<Annotated<T>> readAll(
            Utf8Reader reader, Path dir, Class<T> type, Problems problems) {
        List<Annotated<T>> docs = new ArrayList<>();
        for (Path file : memo.list(dir, ".md", reader.relative(dir), problems)) {
            reader.read(file, problems).flatMap(text -> read(text, type, problems)).ifPresent(docs::add);
        }
        return docs;
    }

    @SuppressWarnings("unchecked") // the memo's key holds the type: what it kept for this key is of that type
    public <T> Optional<Annotated<T>> read(SourceText source, Class<T> type, Problems problems) {
        return (Optional<Annotated<T>>) memo.fields.get(new LoadMemo.Fields(source, type), problems,
                found -> readAnew(source, type, found));
    }

    private <T> Optional<Annotated<T>> readAnew(SourceText source, Class<T> type, Problems problems) {
        Optional<FrontMatter> split = FrontMatter.split(source, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        if (fm.yaml().length() > MAX_FRONT_MATTER_CHARS) {
            problems.add(new Problem(Severity.ERROR, new SourceRef(source.path(), 1, 1), String.format(Locale.ROOT,
                    "front matter too large: %d characters between the '---' lines (at most %d)",
                    fm.yaml().length(), MAX_FRONT_MATTER_CHARS), source.lines().lineText(1),
                    "is the closing '---' line missing? The text after it is Markdown, not fields"));
            return Optional.empty();
        }
        ObjectReader reader = mapper.readerFor(type);
        try {
            T fields = fm.yaml().isBlank() ? reader.readValue("{}") : reader.readValue(fm.yaml());
            return Optional.of(new Annotated<>(fields, fm.body(), fm.bodyFirstLine(), source, fm));
        } catch (JsonProcessingException e) {
            problems.add(describe(source, fm, e));
        }
        return Optional.empty();
    }

    /**
     * The fields of a file that {@link #read} refused, each one that can be read on its own, without reporting
     * anything: the problem was reported already. The rest of the build can then go on as if the file were there,
     * instead of reporting every use of it as a second, misleading error. Empty when the YAML cannot be parsed.
     */
    public <T> Optional<Annotated<T>> salvage(SourceText source, Class<T> type) {
        Optional<FrontMatter> split = FrontMatter.split(source, new Problems());
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        ObjectNode readable = mapper.createObjectNode();
        for (ObjectNode part : parts(fm.yaml())) {
            part.properties().forEach(field -> {
                ObjectNode one = mapper.createObjectNode().set(field.getKey(), field.getValue());
                if (readsAs(one, type)) {
                    readable.set(field.getKey(), field.getValue());
                }
            });
        }
        try {
            return Optional.of(new Annotated<>(mapper.treeToValue(readable, type), fm.body(), fm.bodyFirstLine(),
                    source, fm));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The whole YAML as one mapping when it parses, else each unindented {@code key: value} line that does. */
    private List<ObjectNode> parts(String yaml) {
        List<ObjectNode> parts = new ArrayList<>();
        if (tree(yaml) instanceof ObjectNode all) {
            parts.add(all);
            return parts;
        }
        for (String line : yaml.split("\n")) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && tree(line) instanceof ObjectNode one) {
                parts.add(one);
            }
        }
        return parts;
    }

    private JsonNode tree(String yaml) {
        try {
            return mapper.readTree(yaml);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private boolean readsAs(ObjectNode node, Class<?> type) {
        try {
            mapper.treeToValue(node, type);
            return true;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Problem describe(SourceText source, FrontMatter fm, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null || at.getLineNr() < 1 ? 1 : fm.yamlFirstLine() + at.getLineNr() - 1;
        int column = at == null || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String key = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
            Optional<int[]> keyAt = key == null ? Optional.empty() : fm.locateKey(key);
            if (keyAt.isPresent() && (e instanceof UnrecognizedPropertyException || keyAt.get()[0] != line)) {
                line = keyAt.get()[0];
                column = keyAt.get()[1];
            }
        }
        SourceRef where = new SourceRef(source.path(), line, column);
        String excerpt = source.lines().lineText(line);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String name = unknown.getPropertyName();
            return new Problem(Severity.ERROR, where, "unknown key '" + name + "'", excerpt,
                    didYouMean(name, unknown.getKnownPropertyIds()));
        }
        if (e instanceof InvalidNullException) {
            return new Problem(Severity.ERROR, where, "empty item in the list '" + path((JsonMappingException) e)
                    + "'", excerpt, "write a value after the '-', or remove the line");
        }
        if (isDuplicateKey(e)) {
            String key = e.getOriginalMessage().replaceFirst("(?s)^Duplicate field '(.*?)'.*", "$1");
            return new Problem(Severity.ERROR, where, "key '" + key + "' given twice", excerpt,
                    "keep one of the two lines: the first one would otherwise be lost");
        }
        if (e instanceof InvalidFormatException invalid) {
            return new Problem(Severity.ERROR, where, "wrong value for '" + path(invalid) + "': "
                    + quoted(invalid.getValue()) + " is not " + expected(invalid.getTargetType()), excerpt, "");
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new Problem(Severity.ERROR, where, "wrong type for '" + path(mismatch) + "': expected "
                    + expected(mismatch.getTargetType()), excerpt, "");
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String reason = original.strip().lines().findFirst().orElse("cannot be read");
        return new Problem(Severity.ERROR, where, "broken YAML: " + reason, excerpt,
                "check the indentation and quoting of this line and the one above");
    }

    private static boolean isDuplicateKey(JsonProcessingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field '");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD, such as 2026-01-29";
        }
        if (type == LocalTime.class) {
            return "a time written HH:MM, such as 14:30";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list (lines starting with '- ')";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isRecord()) {
            return "a group of fields (indented 'key: value' lines)";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String didYouMean(String name, Collection<Object> known) {
        return Similarity.didYouMean(name, known.stream().map(String::valueOf).toList(), "known keys");
    }
}
