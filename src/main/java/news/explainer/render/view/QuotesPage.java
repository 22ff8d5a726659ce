package news.explainer.render.view;

import java.util.List;

/** Every direct quote, grouped by speaker and then by utterance. */
public record QuotesPage(PageMeta page, int quoteCount, int utteranceCount, int outletCount,
        List<SpeakerQuotes> speakers) {}
