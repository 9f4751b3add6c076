package no.policylod.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class QueryGateTest {

    @Test
    void aClientOverItsShareIsRefused429AndTheServerWhenFull503() throws Exception {
        QueryGate gate = new QueryGate(1, 2, Duration.ZERO);
        try (QueryGate.Pass a = gate.enter("a")) {
            QueryGate.Refused own = assertThrows(QueryGate.Refused.class, () -> gate.enter("a"));
            assertEquals(429, own.status());
            try (QueryGate.Pass b = gate.enter("b")) {
                QueryGate.Refused busy = assertThrows(QueryGate.Refused.class, () -> gate.enter("c"));
                assertEquals(503, busy.status());
                assertTrue(busy.retryAfterSeconds() >= 1);
            }
        }
        gate.enter("c").close();
    }

    @Test
    void aLongQueryMovesToTheLongLaneAndFreesItsSlotForShortOnes() throws Exception {
        QueryGate gate = new QueryGate(2, 1, Duration.ZERO, Duration.ofMillis(100), 1);
        CountDownLatch stopped = new CountDownLatch(1);
        try (QueryGate.Pass long1 = gate.enter("a")) {
            long1.watch(stopped::countDown);
            QueryGate.Pass shortOne = awaitPass(gate, "b");
            shortOne.close();
            assertFalse(stopped.await(300, TimeUnit.MILLISECONDS), "the first long query has the long lane");
            assertNull(long1.stopped());
        }
    }

    @Test
    void aLongQueryFindingTheLongLaneFullIsStoppedAndItsClientWaits() throws Exception {
        QueryGate gate = new QueryGate(2, 2, Duration.ZERO, Duration.ofMillis(100), 1);
        CountDownLatch firstStopped = new CountDownLatch(1);
        CountDownLatch secondStopped = new CountDownLatch(1);
        try (QueryGate.Pass first = gate.enter("a")) {
            first.watch(firstStopped::countDown);
            assertFalse(firstStopped.await(400, TimeUnit.MILLISECONDS), "the first long query has the long lane");
            try (QueryGate.Pass second = gate.enter("b")) {
                second.watch(secondStopped::countDown);
                assertTrue(secondStopped.await(10, TimeUnit.SECONDS), "the second long query was stopped");
                QueryGate.Refused refusal = second.stopped();
                assertNotNull(refusal);
                assertEquals(503, refusal.status());
                assertTrue(refusal.getMessage().contains("long queries"), refusal.getMessage());
            }
            QueryGate.Refused wait = assertThrows(QueryGate.Refused.class, () -> gate.enter("b"));
            assertEquals(429, wait.status());
            assertTrue(wait.retryAfterSeconds() >= 1);
            gate.enter("c").close();
        }
    }

    /** Enters as soon as a slot is free (the long query gives its slot up once it turns long). */
    private static QueryGate.Pass awaitPass(QueryGate gate, String client) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                return gate.enter(client);
            } catch (QueryGate.Refused e) {
                assertEquals(503, e.status(), e.getMessage());
                assertTrue(System.nanoTime() < deadline, "no slot came free: " + e.getMessage());
                Thread.sleep(20);
            }
        }
    }
}
