package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void countsReadAsInBritishEnglishWithThousandsGrouped() {
        assertEquals("1 outlet", Plural.of(1, "outlet"));
        assertEquals("0 outlets", Plural.of(0, "outlet"));
        assertEquals("999 articles", Plural.of(999, "article"));
        assertEquals("1,000 articles", Plural.of(1_000, "article"));
        assertEquals("10,000 articles", Plural.of(10_000, "article"));
        assertEquals("1,234,567", Plural.count(1_234_567));
        assertEquals("-1,500", Plural.count(-1_500));
        assertEquals("-999", Plural.count(-999));
    }
}
