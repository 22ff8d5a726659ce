/** Running independent steps of one build at the same time, with results and failures as if they ran in turn. */
package news.explainer.concurrent;
