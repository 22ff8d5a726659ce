package news.explainer.analyse.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temperatures, calendar dates and durations in passages, so that differences between outlets are flagged
 * from the evidence itself rather than by hand.
 */
public final class FigureExtractor {
    private static final Pattern TEMPERATURE = Pattern.compile(
            "(?<sign>-|−|minus\\s+)?(?<n>\\d+(?:\\.\\d+)?)\\s*(?:°\\s*|degrees?\\s+)?(?<unit>Celsius|Fahrenheit|C|F)\\b");
    static final Pattern DATE = Pattern.compile(
            "\\b(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s+(?<day>\\d{1,2})\\b"
                    + "|(?<day2>\\d{1,2})\\s+(?<month2>January|February|March|April|May|June|July|August|September"
                    + "|October|November|December)\\b)");
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:(?<n>a|one|two|three|\\d+)[\\s-]+(?<unit>day|week)s?(?:-long)?|week-long)\\b"
                    // "only two days away" says when a date falls, not how long something lasts.
                    + "(?!\\s+(?:away|ago|later|earlier|before|after))", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "one", 1, "two", 2, "three", 3);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    /** The three letters each month's name and abbreviation in {@link #DATE} begins with. */
    private static final List<String> MONTH_STARTS = MONTHS.stream()
            .map(m -> Character.toUpperCase(m.charAt(0)) + m.substring(1)).toList();

    public List<Figure> extract(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher t = TEMPERATURE.matcher(text);
        while (t.find()) {
            figures.add(new Figure("temperature", celsius(t) + " °C", t.group().strip()));
        }
        figures.addAll(dates(text));
        Matcher w = DURATION.matcher(text);
        while (w.find()) {
            figures.add(new Figure("duration", days(w) + " days", w.group()));
        }
        return figures;
    }

    /** The dates alone, as {@link #extract} gives them: what the coverage check needs from every paragraph. */
    public List<Figure> dates(String text) {
        List<Figure> dates = new ArrayList<>();
        if (!hasAsciiDigit(text) || !namesAMonth(text)) {
            // Both forms of a date need a day of ASCII digits (\d without UNICODE_CHARACTER_CLASS) and a month's name.
            return dates;
        }
        Matcher d = DATE.matcher(text);
        while (d.find()) {
            String month = d.group("month") != null ? d.group("month") : d.group("month2");
            String day = d.group("day") != null ? d.group("day") : d.group("day2");
            dates.add(new Figure("date", Integer.parseInt(day) + " " + monthName(month), d.group()));
        }
        return dates;
    }

    /**
     * Whether the text holds the start of a month's name as {@link #DATE} spells it, capital first: every date does.
     * Most paragraphs with a digit name no month (three in five in the benchmark's story), and the expression would be
     * tried at each of their characters.
     */
    static boolean namesAMonth(String text) {
        for (String month : MONTH_STARTS) {
            if (text.contains(month)) {
                return true;
            }
        }
        return false;
    }

    /** With a loop: a stream over every paragraph's characters cost the coverage check more than its searches. */
    private static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static long celsius(Matcher m) {
        double value = Double.parseDouble(m.group("n"));
        if (m.group("sign") != null) {
            value = -value;
        }
        if (m.group("unit").startsWith("F")) {
            value = (value - 32) * 5 / 9;
        }
        return Math.round(value);
    }

    private static int days(Matcher m) {
        if (m.group("n") == null) {
            return 7; // "week-long"
        }
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
        return m.group("unit").toLowerCase(Locale.ROOT).startsWith("week") ? count * 7 : count;
    }

    private static String monthName(String month) {
        int index = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT));
        return java.time.Month.of(index + 1).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }
}
