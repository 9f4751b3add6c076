package no.policylod.convert;

import java.util.ArrayList;
import java.util.List;
import no.policylod.convert.model.PageContent;
import no.policylod.convert.model.Rule;
import no.policylod.convert.model.Rules;
import no.policylod.convert.rdf.PageRdf;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.convert.model.ReadPage;
import no.policylod.convert.page.PageReader;
import no.policylod.convert.read.HtmlPageReader;
import no.policylod.convert.read.TextBlockReader;
import no.policylod.source.PageSnapshot;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Converts page snapshots into RDF: reads each page into {@link PageContent}, then writes it as quads in the
 * snapshot's named graph.
 *
 * <pre>
 * Converter converter = new Converter(new UriPolicy("https://w3id.org/policy-lod"));
 * converter.convert(snapshot, streamRdf);
 * converter.writeReferenceData(streamRdf);
 * </pre>
 *
 * Thread-safe: readers and writers keep no state between pages.
 */
public final class Converter {

    private final TextBlockReader text = new TextBlockReader();
    private final HtmlPageReader html = new HtmlPageReader();
    private final PageReader structure;
    private final PageRdf rdf;

    public Converter(UriPolicy uris) {
        this(uris, Rules.all());
    }

    /** A converter with only some of its named rules in force (for measuring what each rule contributes). */
    public Converter(UriPolicy uris, Rules rules) {
        this.rdf = new PageRdf(uris);
        this.structure = new PageReader(rules);
    }

    /** Every named rule the converter applies, of every kind, in a stable order. */
    public static List<Rule> allRules() {
        List<Rule> all = new ArrayList<>(PageReader.rules());
        return List.copyOf(all);
    }

    /** What a page says, before any URI is minted. */
    public PageContent read(PageSnapshot page) {
        ReadPage blocks = page.format() == PageSnapshot.Format.HTML ? html.read(page) : text.read(page.text());
        return structure.read(page, blocks);
    }

    /** Converts one page into its snapshot graph. */
    public PageContent convert(PageSnapshot page, StreamRDF out) {
        PageContent content = read(page);
        rdf.write(page, content, out);
        return content;
    }

    /** The reference data every conversion relies on (the ministries table), in its own graph. */
    public void writeReferenceData(StreamRDF out) {
        rdf.writeMinistries(out);
    }
}
