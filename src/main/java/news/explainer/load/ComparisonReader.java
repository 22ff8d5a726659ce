package news.explainer.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.explainer.model.Person;
import news.explainer.problem.Problem;
import news.explainer.problem.Severity;
import news.explainer.model.Comparison;
import news.explainer.problem.Problems;

/** Reads {@code content/comparisons/*.md}; the file names' order is the order on the page. */
final class ComparisonReader {
    private final Utf8Reader reader;
    private final FrontMatterReader frontMatter;

    ComparisonReader(Utf8Reader reader, FrontMatterReader frontMatter) {
        this.reader = reader;
        this.frontMatter = frontMatter;
    }

    List<Comparison> read(Path dir, Problems problems) {
        return frontMatter.readAll(reader, dir, ComparisonFields.class, problems).stream()
                .map(doc -> reader.memo().comparisons.get(doc, problems, found -> toComparison(doc, found))).toList();
    }

    private static Comparison toComparison(Annotated<ComparisonFields> doc, Problems problems) {
        ComparisonFields f = doc.fields();
        Required required = new Required(doc, problems);
        String question = required.text("question", f.question());
        List<Comparison.Answer> answers = new ArrayList<>();
        if (required.present("answers", f.answers())) {
            for (ComparisonFields.AnswerFields a : f.answers()) {
                answers.add(answer(doc, a, answers.size(), problems));
            }
        }
        String label = f.shortLabel() == null ? question : f.shortLabel().strip();
        return new Comparison(doc.id(), question, label, doc.body(), List.copyOf(answers), doc.source().path(),
                f.figures() == null ? null : List.copyOf(f.figures()), claim(doc, problems));
    }

    private static Optional<Comparison.Claim> claim(Annotated<ComparisonFields> doc, Problems problems) {
        ComparisonFields.ClaimFields c = doc.fields().claim();
        if (c == null) {
            return Optional.empty();
        }
        if (c.text() == null || c.by() == null || c.date() == null || c.rating() == null || c.verdict() == null) {
            problems.error(doc.locate("claim:"), "a claim needs 'text', 'by' (a person id), 'date', 'rating' and"
                    + " 'verdict'");
            return Optional.empty();
        }
        return Optional.of(new Comparison.Claim(c.text().strip(), c.by().strip(), c.date(), c.rating().strip(),
                c.verdict().strip(), doc.locate("by:"), doc.locate("text:")));
    }

    /** Every claim's author must be a known person: the review names them. */
    static void checkClaimants(List<Comparison> comparisons, List<Person> people, Problems problems) {
        List<String> ids = people.stream().map(Person::id).toList();
        for (Comparison c : comparisons) {
            c.claim().filter(claim -> !ids.contains(claim.by())).ifPresent(claim -> problems.add(new Problem(
                    Severity.ERROR, claim.where(), "unknown person '" + claim.by() + "' as the claim's author", "",
                    Similarity.didYouMean(claim.by(), ids, "people"))));
        }
    }

    private static Comparison.Answer answer(Annotated<ComparisonFields> doc, ComparisonFields.AnswerFields a,
            int ordinal, Problems problems) {
        String status = a.status() == null ? "reported" : a.status().strip().toLowerCase(Locale.ROOT);
        if (!status.equals("reported") && !status.equals("not-reported")) {
            problems.error(doc.locate("status: " + a.status()), "unknown status '" + a.status()
                    + "': write 'reported' or 'not-reported'");
        }
        boolean reported = !status.equals("not-reported");
        String text = a.answer() == null || a.answer().isBlank() ? (reported ? "" : "Not reported") : a.answer().strip();
        if (text.isEmpty()) {
            problems.error(doc.locate(a.article() == null ? "answers:" : a.article()), "answer for '"
                    + a.article() + "' has no 'answer' text");
        }
        return new Comparison.Answer(text, reported, CitationReader.citation(doc, a.article(), a.evidence(), ordinal));
    }
}
