package no.policylod.serve.sparql;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many SPARQL queries run at once: a few per client, a few in all. A query over its client's share is refused at
 * once (the client is asking too much); a query that finds every slot taken waits for one a short while, then is
 * refused (the server is busy). Cheap requests that are not queries never pass here.
 *
 * <pre>
 * QueryGate gate = new QueryGate(2, 4, Duration.ofSeconds(5));
 * try (QueryGate.Pass pass = gate.enter(request.getRemoteAddr())) {
 *     run(query);
 * } catch (QueryGate.Refused e) {
 *     answer(e.status(), e.retryAfterSeconds());   // 429 or 503
 * }
 * </pre>
 */
public final class QueryGate {

    private final int perClient;
    private final Semaphore slots;
    private final Duration queue;
    private final Map<String, Integer> running = new ConcurrentHashMap<>();

    /**
     * @param perClient queries one client may have running or waiting at once
     * @param total     queries running at once in all
     * @param queue     how long a query waits for a free slot
     */
    public QueryGate(int perClient, int total, Duration queue) {
        if (perClient <= 0 || total <= 0 || queue.isNegative()) {
            throw new IllegalArgumentException("query gate needs positive limits, not " + perClient + "/" + total
                    + "/" + queue);
        }
        this.perClient = perClient;
        this.slots = new Semaphore(total, true);
        this.queue = queue;
    }

    /** A pass for one query of the client, once its share and a slot allow; close it when the query is done. */
    public Pass enter(String client) throws Refused {
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
        return () -> {
            slots.release();
            leave(client);
        };
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

    /** One admitted query; closing it frees its slot and its client's share. */
    @FunctionalInterface
    public interface Pass extends AutoCloseable {
        @Override
        void close();
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
