package news.explainer.analyse.compare;

/**
 * A number or date found in a passage, normalised so that different wordings compare: {@code -28C},
 * {@code minus 20 degrees Celsius} and {@code minus 4 degrees Fahrenheit} are all temperatures in °C.
 *
 * @param kind what it measures: {@code temperature}, {@code date} or {@code duration}
 * @param value the normalised value, as text: {@code -20 °C}, {@code 1 February}, {@code 7 days}
 * @param asWritten the words in the article
 */
public record Figure(String kind, String value, String asWritten) {}
