package no.policylod.convert.model;

/**
 * A named rule of the converter: one piece of knowledge about the site's page structure or its languages that
 * decides what is read (a page-kind rule, an entry shape, a header field, a money production). Rules are enum
 * constants, so every rule has a stable name; {@link Rules} switches them on and off.
 */
public interface Rule {

    /** The rule's stable name, unique within its kind ("KindRule.STATED_TYPE"). */
    String name();

    /** The name qualified by the rule's kind, as evidence files and reports write it. */
    default String qualifiedName() {
        return getClass().getSimpleName() + "." + name();
    }
}
