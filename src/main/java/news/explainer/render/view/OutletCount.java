package news.explainer.render.view;

/**
 * An outlet and how many of the articles in question it published: "Harbour Post UK", "1,204 articles". The
 * articles whose outlet the text does not name are counted together, with {@code named} false.
 */
public record OutletCount(String outlet, boolean named, String articles) {}
