package no.policylod.release;

import java.net.URI;
import java.util.List;
import java.util.Map;
import no.policylod.config.Settings;
import no.policylod.format.Format;
import no.policylod.vocab.Namespaces;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

/**
 * The DCAT-AP-NO 2.0 catalogue of the dataset: the catalogue, the dataset across its versions, the latest
 * {@link #VERSIONS_LISTED} releases as DCAT 3 versions with one distribution per dump, and the SPARQL endpoint as a
 * data service. Every resource has an IRI (no blank nodes), and every term from a controlled vocabulary states the
 * scheme it is in, as the DCAT-AP-NO shapes check.
 *
 * <pre>
 * Model catalogue = Catalogue.describe(Site.of(settings), releasesOldestFirst);
 * </pre>
 *
 * <p>Two choices follow the DCAT-AP-NO 2.0 shapes where they differ from DCAT 3: {@code dcat:byteSize} is an
 * {@code xsd:decimal} (DCAT 3 says {@code xsd:nonNegativeInteger}) and {@code spdx:checksum} is the file's SHA-1
 * (DCAT-AP 2 admits no other algorithm). The SHA-256 of each file is given as {@code schema:sha256}, and in the
 * release's {@code SHA256SUMS} and {@code .sha256} files.
 */
public final class Catalogue {

    /** How many releases, newest first, the catalogue describes; older ones are reached by dcat:previousVersion. */
    public static final int VERSIONS_LISTED = 10;

    private static final Property SCHEMA_SHA256 = ResourceFactory.createProperty(Namespaces.SCHEMA + "sha256");
    private static final Property VERSION_NOTES =
            ResourceFactory.createProperty("http://www.w3.org/ns/adms#versionNotes");
    private static final List<String> LANGUAGES = List.of("ENG", "NOB", "NNO");
    private static final Map<String, String> EU_LICENCES = Map.of(
            "data.norge.no/nlod/no/2.0", "NLOD_2_0", "data.norge.no/nlod/no/1.0", "NLOD_1_0",
            "data.norge.no/nlod/en/2.0", "NLOD_2_0", "creativecommons.org/licenses/by/4.0", "CC_BY_4_0",
            "creativecommons.org/publicdomain/zero/1.0", "CC0");

    private final Model model = ModelFactory.createDefaultModel();
    private final Site site;

    private Catalogue(Site site) {
        this.site = site;
        model.setNsPrefixes(prefixes());
    }

    /** The catalogue of the given releases, oldest first; there must be at least one. */
    public static Model describe(Site site, List<Release> releases) {
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("a catalogue needs at least one release");
        }
        Catalogue c = new Catalogue(site);
        List<Release> listed = releases.subList(Math.max(0, releases.size() - VERSIONS_LISTED), releases.size());
        c.catalog(releases.get(0), listed.get(listed.size() - 1));
        c.dataset(releases.get(0), listed);
        listed.forEach(c::version);
        c.dataService();
        c.shared();
        return c.model;
    }

    /** The prefixes the catalogue and the VoID description are written with. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("dcat", CatalogTerms.DCAT).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("foaf", CatalogTerms.FOAF).setNsPrefix("spdx", CatalogTerms.SPDX)
                .setNsPrefix("vcard", VCARD4.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("xsd", XSDDatatype.XSD + "#")
                .setNsPrefix("rdf", RDF.uri).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("schema", Namespaces.SCHEMA)
                .setNsPrefix("adms", "http://www.w3.org/ns/adms#").setNsPrefix("void", "http://rdfs.org/ns/void#")
                .setNsPrefix("eu", CatalogTerms.EU).setNsPrefix("iana", CatalogTerms.IANA)
                .setNsPrefix("los", CatalogTerms.LOS).lock();
    }

    private void catalog(Release first, Release latest) {
        Resource catalog = model.createResource(site.catalog(), DCAT.Catalog);
        catalog.addProperty(DCTerms.identifier, site.catalog());
        texts(catalog, DCTerms.title, Map.of("en", "Catalogue of " + title("en"), "nb", "Katalog: " + title("nb")));
        texts(catalog, DCTerms.description, site.info().description());
        catalog.addProperty(DCTerms.publisher, publisher());
        languages(catalog);
        catalog.addProperty(DCTerms.license, licence());
        catalog.addLiteral(DCTerms.issued, dateTime(first.issued()));
        catalog.addLiteral(DCTerms.modified, dateTime(latest.issued()));
        catalog.addProperty(CatalogTerms.homepage, model.createResource(site.url("/")));
        catalog.addProperty(DCAT.dataset, model.createResource(site.dataset()));
        catalog.addProperty(DCAT.service, model.createResource(site.dataService()));
    }

    private void dataset(Release first, List<Release> listed) {
        Release latest = listed.get(listed.size() - 1);
        Resource dataset = model.createResource(site.dataset(), DCAT.Dataset);
        describeDataset(dataset, site.dataset(), site.info().title(), latest);
        dataset.addLiteral(DCTerms.issued, dateTime(first.issued()));
        dataset.addProperty(DCAT.landingPage, model.createResource(site.url("/")));
        dataset.addProperty(CatalogTerms.hasCurrentVersion, model.createResource(site.version(latest.name())));
        listed.forEach(r -> dataset.addProperty(CatalogTerms.hasVersion, model.createResource(site.version(r.name()))));
        for (Release.Artifact a : latest.dumps()) {
            Format.byDumpFile(a.file()).ifPresent(f -> dataset.addProperty(DCAT.distribution,
                    model.createResource(site.distribution(latest.name(), f))));
        }
    }

    private void version(Release release) {
        String iri = site.version(release.name());
        Resource version = model.createResource(iri, DCAT.Dataset);
        Map<String, String> titles = Map.of("en", title("en") + ", release " + release.name(),
                "nb", title("nb") + ", versjon " + release.name());
        describeDataset(version, iri, titles, release);
        version.addLiteral(DCTerms.issued, dateTime(release.issued()));
        version.addProperty(CatalogTerms.version, release.name());
        version.addProperty(DCTerms.isVersionOf, model.createResource(site.dataset()));
        if (release.previous() != null) {
            version.addProperty(CatalogTerms.previousVersion, model.createResource(site.version(release.previous())));
        }
        version.addProperty(VERSION_NOTES, model.createLiteral(String.format(
                "%d quads added and %d removed since the previous release; %d resources changed.",
                release.added(), release.removed(), release.changedResources()), "en"));
        for (Release.Artifact a : release.dumps()) {
            Format.byDumpFile(a.file()).ifPresent(f -> distribution(version, release, a, f));
        }
    }

    /** What the dataset and each version say alike; modified is the release's time, temporal its data's. */
    private void describeDataset(Resource dataset, String identifier, Map<String, String> titles, Release release) {
        dataset.addProperty(DCTerms.identifier, identifier);
        texts(dataset, DCTerms.title, titles);
        texts(dataset, DCTerms.description, site.info().description());
        dataset.addProperty(DCTerms.publisher, publisher());
        dataset.addProperty(DCAT.contactPoint, contact());
        for (Resource theme : List.of(CatalogTerms.GOVE, CatalogTerms.ECON, CatalogTerms.LOS_POLITICS,
                CatalogTerms.LOS_OPENNESS)) {
            dataset.addProperty(DCAT.theme, theme);
        }
        languages(dataset);
        dataset.addProperty(DCTerms.accessRights, CatalogTerms.PUBLIC);
        dataset.addProperty(DCTerms.license, licence());
        dataset.addLiteral(DCTerms.modified, dateTime(release.issued()));
        temporal(dataset, release);
    }

    private void temporal(Resource dataset, Release release) {
        if (release.temporalStart() == null) {
            return;
        }
        Resource period = model.createResource(dataset.getURI() + "#temporal", DCTerms.PeriodOfTime);
        period.addLiteral(DCAT.startDate, model.createTypedLiteral(release.temporalStart(), XSDDatatype.XSDdate));
        period.addLiteral(CatalogTerms.endDate, model.createTypedLiteral(release.temporalEnd(), XSDDatatype.XSDdate));
        dataset.addProperty(DCTerms.temporal, period);
    }

    private void distribution(Resource version, Release release, Release.Artifact file, Format format) {
        Format.Dump dump = format.dump().orElseThrow();
        Format.Standard standard = format.standard().orElseThrow();
        Resource d = model.createResource(site.distribution(release.name(), format), DCAT.Distribution);
        version.addProperty(DCAT.distribution, d);
        texts(d, DCTerms.title, Map.of("en", dump.en(), "nb", dump.nb()));
        d.addProperty(DCTerms.description, model.createLiteral(file.file() + ", release " + release.name(), "en"));
        Resource url = model.createResource(site.download(release.name(), file.file()));
        d.addProperty(DCAT.accessURL, url).addProperty(DCAT.downloadURL, url);
        d.addProperty(DCAT.mediaType, mediaType(format.mediaType()));
        if (dump.gzipped()) {
            d.addProperty(DCAT.compressFormat, mediaType("application/gzip"));
        }
        d.addProperty(DCTerms.format, model.createResource(CatalogTerms.EU + "file-type/" + standard.euFileType())
                .addProperty(SKOS.inScheme, CatalogTerms.FILE_TYPES).addProperty(RDF.type, DCTerms.MediaTypeOrExtent));
        d.addProperty(DCTerms.conformsTo, model.createResource(standard.spec(), DCTerms.Standard)
                .addProperty(DCTerms.title, model.createLiteral(standard.title(), "en")));
        sizeAndChecksums(d, file);
        d.addProperty(DCTerms.license, licence());
        d.addLiteral(DCTerms.issued, dateTime(release.issued()));
    }

    /** Byte size as xsd:decimal and SHA-1 as spdx:checksum (DCAT-AP-NO 2.0), SHA-256 as schema:sha256. */
    private void sizeAndChecksums(Resource d, Release.Artifact file) {
        d.addLiteral(DCAT.byteSize, model.createTypedLiteral(Long.toString(file.bytes()), XSDDatatype.XSDdecimal));
        d.addProperty(CatalogTerms.checksum, model.createResource(d.getURI() + "#sha1", CatalogTerms.Checksum)
                .addProperty(CatalogTerms.algorithm, CatalogTerms.sha1)
                .addLiteral(CatalogTerms.checksumValue,
                        model.createTypedLiteral(file.sha1(), XSDDatatype.XSDhexBinary)));
        d.addProperty(SCHEMA_SHA256, file.sha256());
    }

    private void dataService() {
        Resource service = model.createResource(site.dataService(), DCAT.DataService);
        service.addProperty(DCTerms.identifier, site.dataService());
        texts(service, DCTerms.title, Map.of("en", "SPARQL endpoint of " + title("en"),
                "nb", "SPARQL-endepunkt for " + title("nb")));
        texts(service, DCTerms.description, Map.of(
                "en", "SPARQL 1.1 queries, GET and POST, over the latest data; the default graph is the union of all "
                        + "graphs. Read only.",
                "nb", "SPARQL 1.1-spørringer, GET og POST, mot de nyeste dataene; standardgrafen er unionen av alle "
                        + "grafene. Bare lesing."));
        service.addProperty(DCAT.endpointURL, model.createResource(site.url(ReleaseLayout.SPARQL_PATH)));
        service.addProperty(DCAT.servesDataset, model.createResource(site.dataset()));
        service.addProperty(DCTerms.conformsTo, model.createResource("https://www.w3.org/TR/sparql11-protocol/",
                DCTerms.Standard).addProperty(DCTerms.title, model.createLiteral("SPARQL 1.1 Protocol", "en")));
        service.addProperty(DCTerms.publisher, publisher());
        service.addProperty(DCAT.contactPoint, contact());
        service.addProperty(DCTerms.license, licence());
        service.addProperty(DCTerms.accessRights, CatalogTerms.PUBLIC);
        for (Format f : Format.sparqlAnswers()) {
            service.addProperty(DCAT.mediaType, mediaType(f.mediaType()));
        }
    }

    /** The terms from controlled vocabularies, with the scheme each is in. */
    private void shared() {
        for (Resource theme : List.of(CatalogTerms.GOVE, CatalogTerms.ECON)) {
            model.add(theme, RDF.type, SKOS.Concept).add(theme, SKOS.inScheme, CatalogTerms.DATA_THEMES);
        }
        for (Resource theme : List.of(CatalogTerms.LOS_POLITICS, CatalogTerms.LOS_OPENNESS)) {
            model.add(theme, RDF.type, SKOS.Concept);
        }
        model.add(CatalogTerms.PUBLIC, RDF.type, DCTerms.RightsStatement)
                .add(CatalogTerms.PUBLIC, SKOS.inScheme, CatalogTerms.ACCESS_RIGHTS);
    }

    private void languages(Resource r) {
        for (String code : LANGUAGES) {
            r.addProperty(DCTerms.language, CatalogTerms.eu("language/" + code)
                    .inModel(model).addProperty(RDF.type, DCTerms.LinguisticSystem)
                    .addProperty(SKOS.inScheme, CatalogTerms.LANGUAGES));
        }
    }

    private Resource publisher() {
        Settings.Publisher p = site.info().publisher();
        return model.createResource(p.uri().toString(), CatalogTerms.Agent).addProperty(CatalogTerms.name, p.name());
    }

    private Resource contact() {
        return model.createResource(site.catalog() + "#contact", VCARD4.Organization)
                .addProperty(VCARD4.fn, site.info().publisher().name())
                .addProperty(VCARD4.hasEmail, model.createResource("mailto:" + site.info().contactEmail()));
    }

    /**
     * The licence as the EU licence table names it, which DCAT-AP-NO requires; the configured IRI is kept with
     * {@code rdfs:seeAlso}. A licence the table does not have is stated as configured (and the shapes will say so).
     */
    private Resource licence() {
        URI configured = site.info().licence();
        String key = configured.getHost() + configured.getPath().replaceAll("/$", "");
        String code = EU_LICENCES.get(key);
        if (configured.toString().startsWith(CatalogTerms.EU + "licence/")) {
            return inScheme(model.createResource(configured.toString()));
        }
        if (code == null) {
            return model.createResource(configured.toString(), DCTerms.LicenseDocument);
        }
        return inScheme(model.createResource(CatalogTerms.EU + "licence/" + code))
                .addProperty(RDFS.seeAlso, model.createResource(configured.toString()));
    }

    private static Resource inScheme(Resource licence) {
        return licence.addProperty(RDF.type, DCTerms.LicenseDocument).addProperty(SKOS.inScheme, CatalogTerms.LICENCES);
    }

    private Resource mediaType(String type) {
        return model.createResource(CatalogTerms.IANA + type, DCTerms.MediaType);
    }

    private void texts(Resource r, Property p, Map<String, String> byLanguage) {
        byLanguage.forEach((lang, text) -> r.addProperty(p, model.createLiteral(text, lang)));
    }

    private String title(String lang) {
        return site.info().title().getOrDefault(lang, site.info().title().values().iterator().next());
    }

    private Literal dateTime(String instant) {
        return model.createTypedLiteral(instant, XSDDatatype.XSDdateTime);
    }
}
