package no.policylod.serve.sparql;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The service description as a readable HTML page: how to send a query, the formats, the features and the limits.
 *
 * <pre>
 * new ServiceDescriptionPage("http://localhost:3030/sparql", "http://localhost:3030/dumps/", limits, true).write(out);
 * </pre>
 *
 * @param endpoint   the endpoint's absolute URL
 * @param dumps      the absolute URL of the dumps
 * @param limits     the limits to state
 * @param textSearch whether {@code text:query} is available
 */
record ServiceDescriptionPage(String endpoint, String dumps, QueryLimits limits, boolean textSearch) {

    void write(OutputStream stream) {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        Html.open(out, PageText.get("sd.title"));
        paragraph(out, PageText.get("sd.intro", endpoint));
        features(out);
        formats(out, "sd.formats.table", Offer.TABLE);
        formats(out, "sd.formats.graph", Offer.GRAPH);
        limitsTable(out);
        alternates(out);
        Html.close(out);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void features(Writer out) {
        Html.write(out, "<ul>\n<li>" + Html.escape(PageText.get("sd.union")) + "</li>\n");
        if (textSearch) {
            Html.write(out, "<li>" + Html.escape(PageText.get("sd.text")) + "</li>\n");
        }
        Html.write(out, "</ul>\n");
    }

    private static void formats(Writer out, String titleKey, List<Offer> offers) {
        Html.write(out, "<h2>" + Html.escape(PageText.get(titleKey)) + "</h2>\n<ul>\n");
        offers.stream().map(Offer::mediaType).forEach(t -> Html.write(out, "<li><code>" + Html.escape(t)
                + "</code></li>\n"));
        Html.write(out, "</ul>\n");
        paragraph(out, PageText.get("sd.formats.note", Offer.shortNames(offers)));
    }

    private void limitsTable(Writer out) {
        Html.write(out, "<h2>" + Html.escape(PageText.get("sd.limits")) + "</h2>\n<table>\n");
        limit(out, "sd.limit.timeout", PageText.get("duration.seconds", limits.timeoutSeconds()));
        limit(out, "sd.limit.rows", Long.toString(limits.maxRows()));
        limit(out, "sd.limit.bytes", bytes(limits.maxBytes()));
        limit(out, "sd.limit.request", bytes(limits.maxRequestBytes()));
        Html.write(out, "</table>\n");
        Html.write(out, "<p>" + Html.escape(PageText.get("sd.limits.note")) + " <a href=\"" + Html.escape(dumps)
                + "\">" + Html.escape(dumps) + "</a></p>\n");
    }

    private void alternates(Writer out) {
        Html.write(out, "<p>" + Html.escape(PageText.get("sd.alternates")));
        for (Offer offer : Offer.DESCRIPTION) {
            if (offer.format() != ResultFormat.HTML) {
                Html.write(out, " <a href=\"?format=" + offer.format().shortName() + "\">"
                        + Html.escape(offer.mediaType()) + "</a>");
            }
        }
        Html.write(out, "</p>\n");
    }

    private static void limit(Writer out, String key, String value) {
        Html.write(out, "<tr><th>" + Html.escape(PageText.get(key)) + "</th><td>" + Html.escape(value)
                + "</td></tr>\n");
    }

    private static void paragraph(Writer out, String text) {
        Html.write(out, "<p>" + Html.escape(text) + "</p>\n");
    }

    /** {@code "67108864 bytes (64 MiB)"}. */
    static String bytes(long n) {
        long mib = 1024 * 1024;
        if (n >= mib && n % mib == 0) {
            return PageText.get("size.mib", n, n / mib);
        }
        if (n >= 1024 && n % 1024 == 0) {
            return PageText.get("size.kib", n, n / 1024);
        }
        return PageText.get("size.bytes", n);
    }
}
