package no.policylod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms policy-lod uses for provenance of snapshots. */
public final class Prov {

    public static final String NS = "http://www.w3.org/ns/prov#";

    /** Something whose provenance is described; every snapshot is one. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    /** The source a snapshot was taken from: its URL, or a hash name of the file's bytes. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    /** When the snapshot was taken, as its metadata states; never the clock of the converting machine. */
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");

    private Prov() {
    }
}
