package no.policylod.release;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The catalogue terms Jena's vocabularies lack (DCAT 3 versioning, SPDX checksums, FOAF) and the controlled
 * vocabularies DCAT-AP-NO asks for: EU data themes, languages, access rights, licences and file types, Norwegian
 * LOS themes, IANA media types. Jena's {@code DCAT}, {@code DCTerms}, {@code VOID}, {@code VCARD4} and {@code SKOS}
 * give the rest.
 */
public final class CatalogTerms {

    /** DCAT 3 namespace. */
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    /** SPDX namespace. */
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    /** FOAF namespace. */
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    /** The EU Publications Office authority tables. */
    public static final String EU = "http://publications.europa.eu/resource/authority/";
    /** IANA media types. */
    public static final String IANA = "https://www.iana.org/assignments/media-types/";
    /** Norwegian LOS themes (Felles vokabular for offentlige tjenester og ressurser). */
    public static final String LOS = "https://psi.norge.no/los/tema/";

    /** The version name of a dataset (DCAT 3). */
    public static final Property version = dcat("version");
    /** A version of this dataset (DCAT 3); the inverse is {@code dcterms:isVersionOf}. */
    public static final Property hasVersion = dcat("hasVersion");
    /** The current version of this dataset (DCAT 3). */
    public static final Property hasCurrentVersion = dcat("hasCurrentVersion");
    /** The version before this one (DCAT 3). */
    public static final Property previousVersion = dcat("previousVersion");
    /** The end of a period of time (DCAT 2). */
    public static final Property endDate = dcat("endDate");

    /** A checksum of a distribution's file. */
    public static final Property checksum = spdx("checksum");
    /** A checksum: algorithm and value. */
    public static final Resource Checksum = ResourceFactory.createResource(SPDX + "Checksum");
    /** The algorithm of a checksum. */
    public static final Property algorithm = spdx("algorithm");
    /** The value of a checksum, {@code xsd:hexBinary} in lower case. */
    public static final Property checksumValue = spdx("checksumValue");
    /** SHA-1, the only algorithm DCAT-AP 2 and DCAT-AP-NO 2.0 admit. */
    public static final Resource sha1 = ResourceFactory.createResource(SPDX + "checksumAlgorithm_sha1");
    /** SHA-256, which DCAT-AP 3 admits. */
    public static final Resource sha256 = ResourceFactory.createResource(SPDX + "checksumAlgorithm_sha256");

    /** An agent, such as the publisher. */
    public static final Resource Agent = ResourceFactory.createResource(FOAF + "Agent");
    /** The name of an agent. */
    public static final Property name = ResourceFactory.createProperty(FOAF + "name");
    /** A homepage. */
    public static final Property homepage = ResourceFactory.createProperty(FOAF + "homepage");

    /** EU data theme "Government and public sector". */
    public static final Resource GOVE = eu("data-theme/GOVE");
    /** EU data theme "Economy and finance" (the budget amounts). */
    public static final Resource ECON = eu("data-theme/ECON");
    /** The EU data theme scheme. */
    public static final Resource DATA_THEMES = eu("data-theme");
    /** LOS theme "Politikk og valg" (politics and elections). */
    public static final Resource LOS_POLITICS = ResourceFactory.createResource(LOS + "politikk-og-valg");
    /** LOS theme "Åpenhet" (openness of government). */
    public static final Resource LOS_OPENNESS = ResourceFactory.createResource(LOS + "apenhet");
    /** The EU language scheme. */
    public static final Resource LANGUAGES = eu("language");
    /** The EU access-right scheme. */
    public static final Resource ACCESS_RIGHTS = eu("access-right");
    /** Public access. */
    public static final Resource PUBLIC = eu("access-right/PUBLIC");
    /** The EU licence scheme. */
    public static final Resource LICENCES = eu("licence");
    /** The EU file-type scheme. */
    public static final Resource FILE_TYPES = eu("file-type");

    private CatalogTerms() {
    }

    /** An EU authority table entry, e.g. {@code language/NOB}. */
    public static Resource eu(String path) {
        return ResourceFactory.createResource(EU + path);
    }

    /** An IANA media type, e.g. {@code text/turtle}. */
    public static Resource iana(String mediaType) {
        return ResourceFactory.createResource(IANA + mediaType);
    }

    private static Property dcat(String local) {
        return ResourceFactory.createProperty(DCAT + local);
    }

    private static Property spdx(String local) {
        return ResourceFactory.createProperty(SPDX + local);
    }
}
