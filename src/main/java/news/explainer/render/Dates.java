package news.explainer.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates as readers read them, in the story's language: "Thursday 29 January 2026". */
public final class Dates {
    private final DateTimeFormatter full;
    private final DateTimeFormatter plain;
    private final DateTimeFormatter brief;

    public Dates(String language) {
        Locale locale = Locale.forLanguageTag(language);
        full = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        plain = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        brief = DateTimeFormatter.ofPattern("d MMM", locale);
    }

    /** "29 January 2026": without the day of the week, where a line names only the date. */
    public String plain(LocalDate date) {
        return plain.format(date);
    }

    /** "29 Jan": where the year and the day of the week are clear from around it. */
    public String brief(Optional<LocalDate> date) {
        return date.map(brief::format).orElse("");
    }

    public String full(LocalDate date) {
        return full.format(date);
    }

    public String full(Optional<LocalDate> date) {
        return date.map(this::full).orElse("");
    }
}
