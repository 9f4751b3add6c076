package no.policylod.cli;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.net.URI;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.lang.LangJSONLD11;

/**
 * Reads RDF inputs without fetching anything: a JSON-LD {@code @context} (or {@code @import}) given as a URL,
 * {@code http:}, {@code https:} or {@code file:}, is refused, and the file is reported as not valid RDF.
 *
 * <pre>
 * NoFetching.apply(RDFParser.source(file)).parse(sink);
 * </pre>
 *
 * Jena's JSON-LD 1.1 reader (Titanium) takes its options from the parser's context ({@link
 * LangJSONLD11#JSONLD_OPTIONS}); the options given here load documents with a loader that refuses every one. The
 * options are made afresh for each parse, as the reader sets the base URI on them.
 */
final class NoFetching implements DocumentLoader {

    private NoFetching() {
    }

    /** The parser, reading JSON-LD without fetching any document. */
    static RDFParserBuilder apply(RDFParserBuilder parser) {
        return parser.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(new NoFetching()));
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "a remote @context <" + url + "> is never fetched; put the context in the file");
    }
}
