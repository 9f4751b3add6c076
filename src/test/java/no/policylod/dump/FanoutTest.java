package no.policylod.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FanoutTest {

    @Test
    void everyConsumerGetsEveryItemInOrderEvenWhenOneIsSlow() {
        List<Integer> fast = new ArrayList<>();
        List<Integer> slow = new ArrayList<>();
        Consumer<Integer> slowly = i -> {
            if (i % 5_000 == 0) {
                sleep(20);
            }
            slow.add(i);
        };
        try (Fanout<Integer> fanout = Fanout.of(List.of(fast::add, slowly), "test")) {
            IntStream.range(0, 100_003).forEach(fanout::accept);
            fanout.finish();
        }
        List<Integer> expected = IntStream.range(0, 100_003).boxed().toList();
        assertEquals(expected, fast);
        assertEquals(expected, slow);
    }

    @Test
    void aConsumersFailureReachesTheProducerWithItsMessage() {
        Consumer<Integer> failing = i -> {
            if (i == 10_000) {
                throw new IllegalStateException("disk full writing item " + i);
            }
        };
        AtomicInteger other = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            try (Fanout<Integer> fanout = Fanout.of(List.of(failing, i -> other.incrementAndGet()), "test")) {
                IntStream.range(0, 1_000_000).forEach(fanout::accept);
                fanout.finish();
            }
        });
        assertEquals("disk full writing item 10000", thrown.getMessage());
        assertTrue(other.get() < 1_000_000, "the producer stopped handing items once a consumer failed");
    }

    @Test
    void aFailureInTheLastBatchIsThrownByFinish() {
        Consumer<Integer> failing = i -> {
            throw new IllegalArgumentException("bad item " + i);
        };
        try (Fanout<Integer> fanout = Fanout.of(List.of(failing), "test")) {
            fanout.accept(1);
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, fanout::finish);
            assertEquals("bad item 1", thrown.getMessage());
        }
    }

    @Test
    void closingWithoutFinishingStopsTheConsumerThreads() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        Consumer<Integer> blocking = i -> {
            synchronized (threads) {
                threads.add(Thread.currentThread());
            }
            started.countDown();
            sleep(60_000);
        };
        assertThrows(IllegalStateException.class, () -> {
            try (Fanout<Integer> fanout = Fanout.of(List.of(blocking), "test")) {
                IntStream.range(0, 10_000).forEach(fanout::accept);
                started.await();
                throw new IllegalStateException("the producer failed");
            }
        });
        assertFalse(threads.get(0).isAlive(), "the consumer thread ended when the fan-out closed");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
