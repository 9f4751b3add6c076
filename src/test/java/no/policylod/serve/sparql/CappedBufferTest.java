package no.policylod.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CappedBufferTest {

    @Test
    void holdsEverythingUpToTheCapAcrossChunks() throws IOException {
        byte[] data = new byte[200_000];
        new Random(7).nextBytes(data);
        CappedBuffer buffer = new CappedBuffer(data.length);
        buffer.write(data[0]);
        buffer.write(data, 1, 70_000);
        buffer.write(data, 70_001, data.length - 70_001);
        assertEquals(data.length, buffer.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        buffer.writeTo(out);
        assertArrayEquals(data, out.toByteArray());
    }

    @Test
    void theFirstByteOverTheCapIsRefused() {
        CappedBuffer buffer = new CappedBuffer(10);
        buffer.write(new byte[10], 0, 10);
        ResultTooLarge e = assertThrows(ResultTooLarge.class, () -> buffer.write('x'));
        assertEquals(ResultTooLarge.Limit.BYTES, e.limit());
        assertEquals(10, e.cap());
        assertThrows(ResultTooLarge.class, () -> new CappedBuffer(5).write(new byte[6], 0, 6));
    }

    @Test
    void anEmptyBufferWritesNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CappedBuffer(1).writeTo(out);
        assertEquals(0, out.size());
    }
}
