package no.policylod.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands a stream of items to several consumers, each on a thread of its own, in order: while one thread reads and
 * sorts the store, others write the dumps and the diff. Items go in batches through small bounded queues, so memory
 * holds a few batches whatever the stream's length, and a consumer that falls behind slows the producer down.
 *
 * <pre>
 * try (Fanout&lt;Quad&gt; fanout = Fanout.of(List.of(session::accept, diff::accept), "release")) {
 *     quads.forEach(fanout);
 *     fanout.finish();   // waits for every consumer; rethrows the first failure
 * }
 * </pre>
 *
 * A consumer that fails stops taking items; the producer's next hand-off, or {@link #finish()}, throws its exception.
 * Closing without finishing (the producer failed) stops the consumers and waits for them.
 */
public final class Fanout<T> implements Consumer<T>, AutoCloseable {

    private static final int BATCH = 2048;
    private static final int QUEUED_BATCHES = 8;
    private static final List<Object> END = new ArrayList<>();

    private final List<Lane<T>> lanes = new ArrayList<>();
    private List<T> batch = new ArrayList<>(BATCH);
    private boolean finished;

    private Fanout(List<Consumer<T>> consumers, String name) {
        for (int i = 0; i < consumers.size(); i++) {
            Lane<T> lane = new Lane<>(consumers.get(i), name + "-" + (i + 1));
            lanes.add(lane);
            lane.thread.start();
        }
    }

    /** Starts one thread per consumer, named after {@code name}. */
    public static <T> Fanout<T> of(List<Consumer<T>> consumers, String name) {
        return new Fanout<>(consumers, name);
    }

    @Override
    public void accept(T item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            handOff();
        }
    }

    /** Hands over what is left, waits until every consumer has taken everything, and rethrows a failure. */
    public void finish() {
        handOff();
        finished = true;
        endAll();
        rethrowFailure();
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            lanes.forEach(lane -> lane.thread.interrupt());
            endAll();
        }
    }

    private void handOff() {
        if (batch.isEmpty()) {
            return;
        }
        List<T> full = batch;
        batch = new ArrayList<>(BATCH);
        for (Lane<T> lane : lanes) {
            lane.put(full);
        }
    }

    private void endAll() {
        boolean interrupted = false;
        for (Lane<T> lane : lanes) {
            interrupted |= lane.end();
        }
        for (Lane<T> lane : lanes) {
            while (lane.thread.isAlive()) {
                try {
                    lane.thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    lane.thread.interrupt();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() {
        for (Lane<T> lane : lanes) {
            if (lane.failure != null) {
                throw propagated(lane.failure);
            }
        }
    }

    private static RuntimeException propagated(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            return e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(failure.getMessage(), failure);
    }

    /** One consumer, its queue and its thread. */
    private static final class Lane<T> implements Runnable {
        private final Consumer<T> consumer;
        private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES + 1);
        private final Thread thread;
        private volatile Throwable failure;

        Lane(Consumer<T> consumer, String name) {
            this.consumer = consumer;
            this.thread = new Thread(this, name);
            this.thread.setDaemon(true);
        }

        /** Queues the end mark behind what is queued (the queue may be full); true if this thread was interrupted. */
        @SuppressWarnings("unchecked")
        boolean end() {
            try {
                while (thread.isAlive() && !queue.offer((List<T>) END, 100, TimeUnit.MILLISECONDS)) {
                    // the consumer is still working through full batches
                }
                return false;
            } catch (InterruptedException e) {
                thread.interrupt();
                return true;
            }
        }

        void put(List<T> items) {
            try {
                while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
                    if (failure != null) {
                        throw propagated(failure);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while handing items to " + thread.getName(), e);
            }
            if (failure != null) {
                throw propagated(failure);
            }
        }

        @Override
        public void run() {
            try {
                while (true) {
                    List<T> items = queue.take();
                    if (items == END) {
                        return;
                    }
                    for (T item : items) {
                        consumer.accept(item);
                    }
                }
            } catch (InterruptedException e) {
                // closed before finishing: the producer failed and stops
            } catch (Throwable t) {
                failure = t;
                queue.clear();
            }
        }
    }
}
