package no.policylod.source.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory as it streams in, up to a cap: past the cap (or when the declared
 * {@code Content-Length} is already past it) the stream is cancelled and the body fails with {@link TooLarge}, so a
 * huge or endless body is never read whole.
 *
 * <pre>
 * client.sendAsync(request, info -&gt; new CappedBody(20 &lt;&lt; 20, info));
 * </pre>
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long max;
    private final long declared;
    private Flow.Subscription subscription;

    CappedBody(long max, HttpResponse.ResponseInfo info) {
        this.max = max;
        this.declared = info.headers().firstValueAsLong("content-length").orElse(-1);
    }

    /** A body past the cap. */
    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("body larger than " + max + " bytes (fetch.maxBodyBytes): not read further");
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > max) {
            s.cancel();
            result.completeExceptionally(new TooLarge(max));
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            if (bytes.size() + (long) b.remaining() > max) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(max));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
