package news.explainer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Plans new content files from the templates in {@code src/main/resources/scaffold/} and writes them, never over
 * an existing file. The templates are the examples of {@code content/README.md}, with comments; which kinds exist
 * and where their files go is data too ({@code kinds.txt}, {@code story/files.txt}), so a new kind of annotation
 * needs no code.
 */
final class Scaffold {
    private static final String ROOT = "/scaffold/";
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)-");

    /** One file to create, with its text. */
    record Planned(Path target, String text) {}

    private final LocalDate today;

    Scaffold(LocalDate today) {
        this.today = today;
    }

    /** A whole story folder: the story, one example of each annotation, and an article they all cite. */
    List<Planned> story(Path dir) {
        Map<String, String> values = Map.of("today", today.toString());
        List<Planned> planned = new ArrayList<>();
        for (String[] line : table("story/files.txt")) {
            planned.add(new Planned(dir.resolve(fill(line[1], values)), fill(resource("story/" + line[0]), values)));
        }
        return planned;
    }

    /** One annotation of a kind listed in kinds.txt, named {@code name}, in the content folder. */
    List<Planned> annotation(String kind, String name, Path content) {
        String[] line = table("kinds.txt").stream().filter(l -> l[0].equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + kind + "'; 'new' knows: story, "
                        + String.join(", ", kinds())));
        String id = id(name);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", yamlQuoted(name));
        values.put("id", id);
        values.put("file", name.endsWith(".txt") ? yamlQuoted(Path.of(name).getFileName().toString()) : id + ".txt");
        values.put("today", today.toString());
        values.put("next", next(content.resolve(line[2].substring(0, Math.max(0, line[2].lastIndexOf('/'))))));
        return List.of(new Planned(content.resolve(fill(line[2], values)), fill(resource(line[1]), values)));
    }

    List<String> kinds() {
        return table("kinds.txt").stream().map(l -> l[0]).toList();
    }

    /** Creates every planned file, or none when any of them exists already. */
    static void write(List<Planned> planned) throws IOException {
        Optional<Planned> existing = planned.stream().filter(p -> Files.exists(p.target())).findFirst();
        if (existing.isPresent()) {
            throw new FileAlreadyExistsException(existing.get().target().toString());
        }
        for (Planned p : planned) {
            Path parent = p.target().toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(p.target(), p.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
    }

    /** A file-name id: "Volodymyr Zelenskyy" gives "volodymyr-zelenskyy", "Ushakov's aide" "ushakovs-aide". */
    static String id(String name) {
        String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        String plain = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("['’]", "").toLowerCase(Locale.ROOT);
        String id = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' has no letters or digits to make a file name from");
        }
        return id;
    }

    /** The next free two-digit number among a folder's {@code NN-} file names: comparisons are ordered by it. */
    private static String next(Path dir) {
        int highest = 0;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Matcher m = LEADING_NUMBER.matcher(file.getFileName().toString());
                    highest = m.find() ? Math.max(highest, Integer.parseInt(m.group(1))) : highest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.format(Locale.ROOT, "%02d", highest + 1);
    }

    /** Safe inside a YAML double-quoted string, the only place a name goes in the templates. */
    private static String yamlQuoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\p{Cntrl}", " ");
    }

    private static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            out = out.replace("${" + value.getKey() + "}", value.getValue());
        }
        return out;
    }

    /** A whitespace-separated table, without its # comment lines. */
    private static List<String[]> table(String name) {
        return resource(name).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.trim().split("\\s+")).toList();
    }

    private static String resource(String name) {
        try (InputStream in = Scaffold.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing scaffold template " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
