package news.explainer.serve;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import news.explainer.problem.Problem;
import news.explainer.reuse.Changes;

/**
 * Brings the output folder up to date with the sources. The preview calls it once at start and once per batch of
 * changes, never twice at the same time. {@link IncrementalRebuild} (what {@code serve} uses) redoes only what the
 * changes touch. The contract: on errors, leave the output folder as it was.
 */
public interface Rebuilder {

    /** Rebuilds, told which files changed since the last rebuild (a rebuilder may read them all anyway). */
    Outcome rebuild(Changes changes);

    /**
     * Rebuilds as {@link #rebuild(Changes)} does, but when {@code superseded} says, once the build is made, that a
     * file changed again meanwhile, writes nothing and returns nothing: what it read may have been half-written, and
     * the next rebuild follows. A rebuilder that cannot hold its result back rebuilds as usual.
     */
    default Optional<Outcome> rebuildUnlessSuperseded(Changes changes, BooleanSupplier superseded) {
        return Optional.of(rebuild(changes));
    }

    /**
     * Runs the rebuild's code once more as if a file had been saved, writes nothing, reports nothing: only for the JIT
     * compiler's sake, so that an editor's first saves run compiled code rather than the interpreter's (on 1,000
     * articles, the first twenty rebuilds took 50 ms at the median, against 34 ms once warm). A rebuilder with
     * nothing to warm up does nothing.
     */
    default void warmUp() {}

    /** Rebuilds with every file read again: the first build, or when it is not known what changed. */
    default Outcome rebuild() {
        return rebuild(Changes.unknown());
    }

    /**
     * What one rebuild did.
     *
     * @param problems every problem found, sorted; errors mean the output folder was left as it was
     * @param pages the HTML pages the build produced
     * @param millis how long it took
     */
    record Outcome(List<Problem> problems, long pages, long millis) {

        public Outcome {
            problems = List.copyOf(problems);
        }

        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }

        public boolean succeeded() {
            return errors() == 0;
        }
    }
}
