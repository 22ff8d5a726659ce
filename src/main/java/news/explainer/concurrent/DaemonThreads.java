package news.explainer.concurrent;

import java.util.concurrent.ThreadFactory;

/** Threads that never keep the JVM alive on their own: the generator ends when its main work does. */
public final class DaemonThreads {
    private DaemonThreads() {}

    /** A factory of daemon threads, each called {@code name}. */
    public static ThreadFactory named(String name) {
        return task -> thread(name, task);
    }

    /** A daemon thread called {@code name} that runs {@code task}, not yet started. */
    public static Thread thread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
