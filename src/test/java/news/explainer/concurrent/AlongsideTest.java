package news.explainer.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.SourceRef;
import org.junit.jupiter.api.Test;

class AlongsideTest {

    @Test
    void givesTheResultAndMergesTheStepsProblemsWhereTheCallerJoins() {
        Problems problems = new Problems();
        problems.error(SourceRef.file("a.md"), "before");
        try (Alongside<String> step = Alongside.start("test", found -> {
            found.error(SourceRef.file("b.md"), "from the step");
            return "made";
        })) {
            problems.error(SourceRef.file("c.md"), "while it ran");
            assertEquals("made", step.join(problems));
        }
        problems.error(SourceRef.file("d.md"), "after");
        assertEquals(List.of("before", "while it ran", "from the step", "after"),
                problems.list().stream().map(Problem::message).toList());
    }

    @Test
    void throwsWhatTheStepThrewAsItWas() {
        IllegalStateException failure = new IllegalStateException("broken");
        try (Alongside<String> step = Alongside.start("test", found -> {
            throw failure;
        })) {
            assertSame(failure, assertThrows(IllegalStateException.class, () -> step.join(new Problems())));
        }
        AssertionError error = new AssertionError("worse");
        try (Alongside<String> step = Alongside.start("test", found -> {
            throw error;
        })) {
            assertSame(error, assertThrows(AssertionError.class, () -> step.join(new Problems())));
        }
    }

    @Test
    void aCallerThatFailsFirstWaitsForTheStepAndKeepsItsFailureAsSuppressed() throws InterruptedException {
        CountDownLatch callerFailed = new CountDownLatch(1);
        AtomicBoolean stepFinished = new AtomicBoolean();
        IllegalStateException stepFailure = new IllegalStateException("the step failed too");
        RuntimeException caller = assertThrows(RuntimeException.class, () -> {
            try (Alongside<String> step = Alongside.start("test", found -> {
                try {
                    callerFailed.await(); // the step is still running when the caller fails
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stepFinished.set(true);
                throw stepFailure;
            })) {
                callerFailed.countDown();
                throw new RuntimeException("the caller failed");
            }
        });
        assertTrue(stepFinished.get(), "closing waited for the step");
        assertEquals("the caller failed", caller.getMessage());
        assertSame(stepFailure, caller.getSuppressed()[0]);
    }
}
