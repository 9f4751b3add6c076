package no.policylod.convert;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.source.PageSnapshot;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Converts pages on several threads and hands each page's quads to one consumer, on the calling thread, in the
 * order of the input, whatever the number of threads: pages are independent, so the result is the same.
 *
 * <pre>
 * new ParallelConverter(uris, 2).convert(pages, result -&gt; {
 *     if (result.failure() != null) { report(result.page(), result.failure()); }
 *     else { result.quads().find().forEachRemaining(target::add); }
 * });
 * </pre>
 *
 * At most a few pages per thread are converted ahead of the consumer, so memory does not grow with the input.
 */
public final class ParallelConverter {

    private static final int AHEAD_PER_THREAD = 8;

    /** One page converted: its quads, or why it could not be (any exception or error, a stack overflow too). */
    public record Result(PageSnapshot page, DatasetGraph quads, Throwable failure) {
    }

    private final UriPolicy uris;
    private final int threads;

    /** A converter on {@code threads} threads (1: on the calling thread only). */
    public ParallelConverter(UriPolicy uris, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.uris = uris;
        this.threads = threads;
    }

    /** The number of threads of this machine, the default. */
    public static int allCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Converts every page (read as it is reached, when the iterable reads lazily), handing each result to {@code sink} in input order. */
    public void convert(Iterable<PageSnapshot> pages, Consumer<Result> sink) {
        convert(pages, result -> result, sink);
    }

    /**
     * Converts every page and runs {@code then} on each result on the converting thread (checks that are independent
     * from page to page, such as validation), handing what it returns to {@code sink} in input order.
     */
    public <T> void convert(Iterable<PageSnapshot> pages, java.util.function.Function<Result, T> then,
                            Consumer<T> sink) {
        if (threads == 1) {
            Converter converter = new Converter(uris);
            pages.forEach(page -> sink.accept(convertThen(converter, page, then)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, ParallelConverter::daemon);
        try {
            convertOn(pool, pages, then, sink);
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> void convertOn(ExecutorService pool, Iterable<PageSnapshot> pages,
                               java.util.function.Function<Result, T> then, Consumer<T> sink) {
        ThreadLocal<Converter> converters = ThreadLocal.withInitial(() -> new Converter(uris));
        Deque<Future<T>> inFlight = new ArrayDeque<>();
        Iterator<PageSnapshot> next = pages.iterator();
        while (next.hasNext() || !inFlight.isEmpty()) {
            while (next.hasNext() && inFlight.size() < threads * AHEAD_PER_THREAD) {
                PageSnapshot page = next.next();
                inFlight.add(pool.submit(() -> convertThen(converters.get(), page, then)));
            }
            sink.accept(await(inFlight.removeFirst()));
        }
    }

    /**
     * Converts one page and runs {@code then} on the result; whatever either throws (a stack overflow on a page
     * nested too deep too) becomes the page's failure, so that one page never stops the others.
     */
    private static <T> T convertThen(Converter converter, PageSnapshot page,
                                     java.util.function.Function<Result, T> then) {
        Result result = convertOne(converter, page);
        try {
            return then.apply(result);
        } catch (Throwable e) {
            return then.apply(new Result(page, null, e));
        }
    }

    private static Result convertOne(Converter converter, PageSnapshot page) {
        DatasetGraph one = DatasetGraphFactory.create();
        try {
            converter.convert(page, StreamRDFLib.dataset(one));
            return new Result(page, one, null);
        } catch (Throwable e) {
            return new Result(page, null, e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting pages", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("converting a page failed: " + e.getCause(), e.getCause());
        }
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "convert");
        t.setDaemon(true);
        return t;
    }
}
