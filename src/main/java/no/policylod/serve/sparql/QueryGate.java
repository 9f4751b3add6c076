package no.policylod.serve.sparql;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many SPARQL queries run at once: a few per client, a few in all, and only a very few long ones. A query over
 * its client's share is refused at once (the client is asking too much); a query that finds every slot taken waits
 * for one a short while, then is refused (the server is busy). Cheap requests that are not queries never pass here.
 *
 * <p>A query still running after {@code longAfter} is long: it moves to the long lane, freeing its slot for the
 * short queries behind it, if the long lane has room; if not, it is stopped ({@link Pass#watch}) and answered 503,
 * and its client waits {@code Retry-After} seconds (429 until then) before sending queries again. So a few clients
 * sending expensive queries hold at most the long lane and, each for {@code longAfter}, a slot, and cheap queries
 * from everybody else go on.
 *
 * <pre>
 * QueryGate gate = new QueryGate(2, 4, Duration.ofSeconds(5), Duration.ofSeconds(1), 1);
 * try (QueryGate.Pass pass = gate.enter(request.getRemoteAddr())) {
 *     pass.watch(queryExec::abort);       // how to stop the query if it turns out long with the long lane full
 *     run(queryExec);
 * } catch (QueryGate.Refused e) {
 *     answer(e.status(), e.retryAfterSeconds());   // 429 or 503
 * }
 * // after a query failed: pass.stopped() tells whether the gate stopped it, with the refusal to answer
 * </pre>
 */
public final class QueryGate {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "query-gate");
        t.setDaemon(true);
        return t;
    });

    private final int perClient;
    private final Semaphore slots;
    private final Semaphore longLane;
    private final Duration queue;
    private final Duration longAfter;
    private final Map<String, Integer> running = new ConcurrentHashMap<>();
    private final Map<String, Long> waitUntil = new ConcurrentHashMap<>();

    /** A gate without a long lane limit of its own (a query is long after an hour; as many long ones as slots). */
    public QueryGate(int perClient, int total, Duration queue) {
        this(perClient, total, queue, Duration.ofHours(1), total);
    }

    /**
     * @param perClient queries one client may have running or waiting at once
     * @param total     queries running at once in all
     * @param queue     how long a query waits for a free slot
     * @param longAfter how long a query runs before it counts as long
     * @param maxLong   long queries running at once in all
     */
    public QueryGate(int perClient, int total, Duration queue, Duration longAfter, int maxLong) {
        if (perClient <= 0 || total <= 0 || maxLong <= 0 || queue.isNegative() || longAfter.isNegative()
                || longAfter.isZero()) {
            throw new IllegalArgumentException("query gate needs positive limits, not " + perClient + "/" + total
                    + "/" + queue + "/" + longAfter + "/" + maxLong);
        }
        this.perClient = perClient;
        this.slots = new Semaphore(total, true);
        this.longLane = new Semaphore(maxLong);
        this.queue = queue;
        this.longAfter = longAfter;
    }

    /** A pass for one query of the client, once its share and a slot allow; close it when the query is done. */
    public Pass enter(String client) throws Refused {
        Long until = waitUntil.get(client);
        if (until != null) {
            long left = until - System.nanoTime();
            if (left > 0) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(left + 999_999_999L));
                throw new Refused(429, seconds, "this address's last query ran too long while the server was busy "
                        + "with other long queries; try again in " + seconds + " s");
            }
            waitUntil.remove(client, until);
        }
        if (running.merge(client, 1, Integer::sum) > perClient) {
            leave(client);
            throw new Refused(429, 1, "this address already has " + perClient + " queries running; wait for them "
                    + "to finish before sending more");
        }
        if (!acquireSlot()) {
            leave(client);
            long seconds = Math.max(1, queue.toSeconds());
            throw new Refused(503, seconds, "the server is busy with other queries; try again in " + seconds + " s");
        }
        return new Pass(client);
    }

    private boolean acquireSlot() {
        try {
            return slots.tryAcquire(queue.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void leave(String client) {
        running.computeIfPresent(client, (k, n) -> n == 1 ? null : n - 1);
    }

    /** One admitted query; closing it frees its slot (or its place in the long lane) and its client's share. */
    public final class Pass implements AutoCloseable {
        private final String client;
        private ScheduledFuture<?> timer;
        private boolean closed;
        private boolean inLongLane;
        private Refused stopped;

        private Pass(String client) {
            this.client = client;
        }

        /** From now on, {@code stop} stops the query if it turns long while the long lane is full. */
        public synchronized void watch(Runnable stop) {
            if (!closed && timer == null) {
                timer = TIMER.schedule(() -> turnedLong(stop), longAfter.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private void turnedLong(Runnable stop) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                if (longLane.tryAcquire()) {
                    inLongLane = true;
                    slots.release();
                    return;
                }
                long seconds = Math.max(1, queue.toSeconds());
                stopped = new Refused(503, seconds, "the query ran past " + longAfter.toMillis() + " ms while the "
                        + "server was already running its share of long queries; try again in " + seconds + " s");
                waitUntil.put(client, System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
            }
            stop.run();
        }

        /** The refusal to answer if the gate stopped this query, else null. */
        public synchronized Refused stopped() {
            return stopped;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (timer != null) {
                timer.cancel(false);
            }
            (inLongLane ? longLane : slots).release();
            leave(client);
        }
    }

    /** A query not admitted: 429 (its client's share is taken) or 503 (no slot came free in time). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final long retryAfterSeconds;

        Refused(int status, long retryAfterSeconds, String message) {
            super(message, null, false, false);
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int status() {
            return status;
        }

        /** The {@code Retry-After} to send. */
        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
