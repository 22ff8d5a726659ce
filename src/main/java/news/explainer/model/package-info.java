/** The story's data as immutable records: no I/O, no rendering. */
package news.explainer.model;
