/**
 * View records: what templates see. Everything is finished here (labels formatted, hrefs made relative), so that
 * templates only place values; they do no lookups and no formatting.
 */
package news.explainer.render.view;
