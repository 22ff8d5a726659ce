package news.explainer.model;

import java.util.List;
import news.explainer.problem.SourceRef;

/**
 * Passages an editor cites from one article, as written in the annotation. The analysis checks that each really
 * stands in the article.
 *
 * @param article the source id
 * @param passages the cited words, verbatim
 * @param where where each passage is written in the annotation, for messages
 */
public record Citation(String article, List<String> passages, List<SourceRef> where, SourceRef articleRef) {}
