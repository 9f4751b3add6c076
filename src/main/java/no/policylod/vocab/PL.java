package no.policylod.vocab;

import no.policylod.convert.model.Ministry;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the policy-lod ontology ({@code ontology/policy-lod.ttl}), one constant per term.
 *
 * <pre>
 * StreamRDF out = ...;
 * out.triple(Triple.create(doc, RDF.type.asNode(), PL.Speech.asNode()));
 * </pre>
 *
 * A test keeps this class and the ontology in step: every constant is declared there and every declared term is here.
 */
public final class PL {

    /** The ontology namespace; fixed, whatever base URI an installation mints its resources under. */
    public static final String NS = "https://w3id.org/policy-lod/ontology#";
    /** The ontology's own IRI, also the name of the graph that holds it in the store. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/policy-lod/ontology";
    /** The IRI of the SHACL shapes graph. */
    public static final String SHAPES_IRI = "https://w3id.org/policy-lod/shapes";

    private PL() {
    }

    // Classes

    /** Any page or publication of the government: the superclass of every document class. */
    public static final Resource Document = cls("Document");
    /** A topic (theme) page that gathers documents on one policy area. */
    public static final Resource Topic = cls("Topic");
    /** A news story. */
    public static final Resource NewsStory = cls("NewsStory");
    /** A press release. */
    public static final Resource PressRelease = cls("PressRelease");
    /** A speech, statement or article by a minister. */
    public static final Resource Speech = cls("Speech");
    /** A report: a white paper to the Storting (Meld. St., St.meld.) or another report. */
    public static final Resource Report = cls("Report");
    /** A proposition to the Storting (Prop., St.prp., Ot.prp.). */
    public static final Resource Proposition = cls("Proposition");
    /** A Norwegian Official Report (NOU). */
    public static final Resource OfficialReport = cls("OfficialReport");
    /** A plan, strategy or action plan. */
    public static final Resource Strategy = cls("Strategy");
    /** A public consultation (høring). */
    public static final Resource Consultation = cls("Consultation");
    /** Any other page, and a listed document whose kind the page does not state. */
    public static final Resource Article = cls("Article");
    /** A ministry, or the Office of the Prime Minister. */
    public static final Resource Ministry = cls("Ministry");
    /** A money amount stated in a document's text. */
    public static final Resource BudgetAmount = cls("BudgetAmount");
    /** One snapshot of one web page at one time; also the name of the graph holding what was read from it. */
    public static final Resource Snapshot = cls("Snapshot");

    // Properties of documents and snapshots

    /** The regjeringen.no page id of a document or topic ("id2976767"). */
    public static final Property pageId = prop("pageId");
    /** A short line shown above a teaser's title ("New white paper"). */
    public static final Property kicker = prop("kicker");
    /** An image caption or alt text shown on the page, tagged with its own language. */
    public static final Property caption = prop("caption");
    /** The document a snapshot is a snapshot of. */
    public static final Property snapshotOf = prop("snapshotOf");
    /** A document the snapshot's page lists (teasers, "What's new", "Documents", boxes). */
    public static final Property lists = prop("lists");
    /** The file name a snapshot was read from. */
    public static final Property fileName = prop("fileName");

    // Properties of budget amounts

    /** The amount exactly as the text writes it ("NOK 3.6 billion"). */
    public static final Property amountText = prop("amountText");
    /** The sentence the amount is stated in. */
    public static final Property sentence = prop("sentence");
    /** The document whose text states the amount. */
    public static final Property statedIn = prop("statedIn");
    /** The year the sentence ties the amount to. */
    public static final Property year = prop("year");
    /** The sentence states the amount for every year ("annually", "årlig"). */
    public static final Property annual = prop("annual");
    /** The sentence hedges the amount ("around", "about", "almost", "om lag"). */
    public static final Property approximate = prop("approximate");
    /** The amount is an increase or an addition ("a NOK 280 million increase", "additional"). */
    public static final Property increase = prop("increase");
    /** The amount is a reduction or cut. */
    public static final Property decrease = prop("decrease");
    /** The amount is a bound, not a point value: {@link #LowerBound} or {@link #UpperBound}. */
    public static final Property bound = prop("bound");
    /** A lower bound: the lower end of a range, or a floor ("more than", "minst"). */
    public static final Resource LowerBound = res("LowerBound");
    /** An upper bound: the upper end of a range, or a ceiling ("up to", "inntil"). */
    public static final Resource UpperBound = res("UpperBound");

    // Properties of ministries

    /** The short form regjeringen.no uses for a ministry ("UD", "FIN"). */
    public static final Property abbreviation = prop("abbreviation");

    // Properties of the SPARQL service (its limits, in the service description at /sparql)

    /** The wall-clock time one query may run, as an xsd:duration. */
    public static final Property queryTimeout = prop("queryTimeout");
    /** The most rows of a SELECT result, or triples of a CONSTRUCT or DESCRIBE result, the service answers. */
    public static final Property maxResultRows = prop("maxResultRows");
    /** The largest serialized result, in bytes, the service answers. */
    public static final Property maxResultBytes = prop("maxResultBytes");
    /** The largest request (query text or form), in bytes, the service reads. */
    public static final Property maxRequestBytes = prop("maxRequestBytes");

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Resource res(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
