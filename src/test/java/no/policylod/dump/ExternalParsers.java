package no.policylod.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import no.policylod.testing.ExternalProcess;

/**
 * Two RDF parsers that share no code with Jena, run as processes: raptor's {@code rapper} (Debian raptor2-utils) and
 * Python rdflib (Debian python3-rdflib, run with {@code /usr/bin/python3}, not whatever python3 is on the PATH).
 * Each counts the statements of a file: quads for N-Quads, TriG and JSON-LD, triples for N-Triples and Turtle.
 *
 * <pre>
 * ExternalParsers.requireInstalled();                   // skips locally when missing, fails when CI=true
 * long n = ExternalParsers.rapper(file, "trig");
 * long m = ExternalParsers.rdflib(file, "trig", null);
 * </pre>
 */
final class ExternalParsers {

    static final Path RAPPER = Path.of("/usr/bin/rapper");
    static final Path PYTHON = ExternalProcess.PYTHON;
    private static final Pattern RAPPER_COUNT = Pattern.compile("Parsing returned (\\d+) (?:triples|statements)");
    private static final String RDFLIB = """
            import gzip, json, sys, rdflib
            path, fmt = sys.argv[1], sys.argv[2]
            data = (gzip.open(path, 'rb') if path.endswith('.gz') else open(path, 'rb')).read().decode('utf-8')
            if fmt == 'json-ld':
                doc = json.loads(data)
                if doc.get('@context') != 'context.jsonld':
                    sys.exit('the JSON-LD dump does not refer to context.jsonld')
                with open(sys.argv[3], encoding='utf-8') as f:
                    doc['@context'] = json.load(f)['@context']
                data = json.dumps(doc)
            g = rdflib.ConjunctiveGraph()
            g.parse(data=data, format=fmt)
            print(len(list(g.quads((None, None, None, None)))))
            """;

    private ExternalParsers() {
    }

    /** Skips the test when a parser is missing, unless on CI ({@code CI=true}), where that is a failure. */
    static void requireInstalled() {
        boolean rapper = Files.isExecutable(RAPPER);
        boolean rdflib = ExternalProcess.rdflibInstalled();
        ExternalProcess.require(rapper && rdflib, (rapper ? "" : "rapper (apt-get install raptor2-utils) ")
                + (rdflib ? "" : "rdflib for /usr/bin/python3 (apt-get install python3-rdflib)"));
    }

    /** Statements rapper counts in the file ({@code .gz} is decompressed first); syntax as rapper names it. */
    static long rapper(Path file, String syntax) {
        Path plain = file.toString().endsWith(".gz") ? gunzip(file) : file;
        ExternalProcess.Result r = ExternalProcess.run(
                List.of(RAPPER.toString(), "-c", "-i", syntax, plain.toString(), "http://example.org/"));
        Matcher m = RAPPER_COUNT.matcher(r.err());
        if (r.exit() != 0 || !m.find()) {
            fail("rapper -i " + syntax + " " + file + " failed (" + r.exit() + "):\n" + r.err());
        }
        return Long.parseLong(m.group(1));
    }

    /** Statements rdflib counts in the file; JSON-LD gets the local context file in place of its reference. */
    static long rdflib(Path file, String format, Path context) {
        List<String> command = context == null
                ? List.of(PYTHON.toString(), "-c", RDFLIB, file.toString(), format)
                : List.of(PYTHON.toString(), "-c", RDFLIB, file.toString(), format, context.toString());
        ExternalProcess.Result r = ExternalProcess.run(command);
        assertEquals(0, r.exit(), "rdflib could not parse " + file + ":\n" + r.err());
        return Long.parseLong(r.out().strip());
    }

    private static Path gunzip(Path gz) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            Path plain = Files.createTempFile("dump", "." + gz.getFileName().toString().replace(".gz", ""));
            Files.write(plain, in.readAllBytes());
            plain.toFile().deleteOnExit();
            return plain;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decompress " + gz + ": " + e.getMessage(), e);
        }
    }
}
