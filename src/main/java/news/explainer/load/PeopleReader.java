package news.explainer.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.explainer.model.Person;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/** Reads {@code content/people/*.md}: name, aliases and role of each person the articles quote. */
final class PeopleReader {
    private final Utf8Reader reader;
    private final FrontMatterReader frontMatter;

    PeopleReader(Utf8Reader reader, FrontMatterReader frontMatter) {
        this.reader = reader;
        this.frontMatter = frontMatter;
    }

    List<Person> read(Path dir, Problems problems) {
        List<Person> people = new ArrayList<>();
        Map<String, String> spellingOwner = new HashMap<>();
        for (Annotated<PersonFields> doc : frontMatter.readAll(reader, dir, PersonFields.class, problems)) {
            Person person = toPerson(doc, problems);
            checkSpellings(doc, person, spellingOwner, problems);
            people.add(person);
        }
        return List.copyOf(people);
    }

    private static Person toPerson(Annotated<PersonFields> doc, Problems problems) {
        PersonFields f = doc.fields();
        String name = new Required(doc, problems).text("name", f.name());
        List<String> aliases = f.aliases() == null ? List.of() : f.aliases().stream().map(String::strip).toList();
        return new Person(doc.id(), name, aliases, f.role() == null ? "" : f.role().strip(), doc.body(),
                doc.source().path());
    }

    /** One spelling must mean one person, or quotes could not be attributed without guessing. */
    private static void checkSpellings(
            Annotated<PersonFields> doc, Person person, Map<String, String> owners, Problems problems) {
        for (String spelling : person.spellings()) {
            String before = owners.putIfAbsent(spelling.toLowerCase(java.util.Locale.ROOT), person.id());
            if (before != null && !before.equals(person.id())) {
                SourceRef at = doc.locate(spelling);
                problems.add(new Problem(Severity.ERROR, at, "'" + spelling + "' already names person '" + before
                        + "'", doc.lineAt(at), "each name or alias must belong to one person"));
            }
        }
    }
}
