package news.explainer.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates as readers read them, in the story's language: "Thursday 29 January 2026". */
public final class Dates {
    private final DateTimeFormatter full;

    public Dates(String language) {
        Locale locale = Locale.forLanguageTag(language);
        full = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
    }

    public String full(LocalDate date) {
        return full.format(date);
    }

    public String full(Optional<LocalDate> date) {
        return date.map(this::full).orElse("");
    }

}
