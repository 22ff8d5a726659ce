package news.explainer.analyse;

import news.explainer.model.Content;
import news.explainer.problem.Problems;

/** Runs the analysis steps over loaded content, in a fixed order. */
public final class Analyser {
    public Analysis analyse(Content content, Problems problems) {
        return new Analysis(content);
    }
}
