package no.policylod.testing;

import java.net.http.HttpResponse;
import java.util.Arrays;

/** Reading response headers as HTTP means them. */
public final class Headers {

    private Headers() {
    }

    /**
     * The {@code Vary} tokens of a response, from every {@code Vary} line in order (several lines mean their
     * comma-joined list), leaving out {@code Accept-Encoding}, which the compression adds.
     */
    public static String vary(HttpResponse<?> r) {
        return String.join(", ", r.headers().allValues("Vary").stream()
                .flatMap(v -> Arrays.stream(v.split(",")).map(String::strip))
                .filter(v -> !v.isEmpty() && !v.equalsIgnoreCase("Accept-Encoding")).toList());
    }
}
