package news.explainer.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates as readers read them, in the story's language: "Thursday 29 January 2026". */
public final class Dates {
    private final DateTimeFormatter full;
    private final DateTimeFormatter dayMonth;

    public Dates(String language) {
        Locale locale = Locale.forLanguageTag(language);
        full = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        dayMonth = DateTimeFormatter.ofPattern("EEE d MMM", locale);
    }

    public String full(LocalDate date) {
        return full.format(date);
    }

    public String full(Optional<LocalDate> date) {
        return date.map(this::full).orElse("");
    }

    public String dayAndMonth(LocalDate date) {
        return dayMonth.format(date);
    }
}
