package no.policylod.serve.sparql;

import java.io.IOException;
import java.io.OutputStream;
import no.policylod.serve.http.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole response body held in memory up to a cap, so that nothing is sent before the result is known complete.
 *
 * <pre>
 * CappedBuffer body = new CappedBuffer(limits.maxBytes());
 * writer.write(body, rows);          // throws ResultTooLarge at the first byte over the cap
 * body.writeTo(response.getOutputStream());
 * </pre>
 *
 * <p>Bytes go into fixed chunks, so a large body is never copied to grow; a small one takes one chunk.
 */
final class CappedBuffer extends OutputStream {

    private static final int CHUNK = 64 * 1024;

    private final long max;
    private final List<byte[]> chunks = new ArrayList<>();
    private int usedInLast = CHUNK;
    private long size;

    CappedBuffer(long max) {
        if (max <= 0) {
            throw new IllegalArgumentException("cap must be positive, not " + max);
        }
        this.max = max;
    }

    @Override
    public void write(int b) {
        reserve(1);
        last()[usedInLast++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        reserve(length);
        int from = offset;
        int left = length;
        while (left > 0) {
            byte[] chunk = last();
            int n = Math.min(left, CHUNK - usedInLast);
            System.arraycopy(bytes, from, chunk, usedInLast, n);
            usedInLast += n;
            from += n;
            left -= n;
        }
    }

    /** The number of bytes written. */
    long size() {
        return size;
    }

    /** Writes everything held to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < chunks.size(); i++) {
            out.write(chunks.get(i), 0, i == chunks.size() - 1 ? usedInLast : CHUNK);
        }
    }

    private void reserve(int length) {
        if (size + length > max) {
            throw new ResultTooLarge(ResultTooLarge.Limit.BYTES, max);
        }
        size += length;
    }

    /** The chunk to write into: the last one, or a new one when it is full. */
    private byte[] last() {
        if (usedInLast == CHUNK) {
            chunks.add(new byte[CHUNK]);
            usedInLast = 0;
        }
        return chunks.get(chunks.size() - 1);
    }

    /** The bytes as a reply's body. */
    Reply.Body asBody() {
        return new Reply.Body() {
            @Override
            public long length() {
                return size();
            }

            @Override
            public void write(OutputStream out, long from, long count) throws IOException {
                writeTo(out);
            }

            @Override
            public boolean ranged() {
                return false;
            }
        };
    }
}
