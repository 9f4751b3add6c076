package no.policylod.serve.ld;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * Reading literal values the pages need: times as instants.
 *
 * <pre>
 * Literals.instant(node);   // "2024-05-01T10:00:00Z"^^xsd:dateTime -> Optional[2024-05-01T10:00:00Z]
 * </pre>
 *
 * <p>A date-time without a time zone is read as UTC; an {@code xsd:date} as its first instant in UTC.
 */
final class Literals {

    private Literals() {
    }

    static Optional<Instant> instant(Node node) {
        if (!node.isLiteral()) {
            return Optional.empty();
        }
        String lexical = node.getLiteralLexicalForm().trim();
        String datatype = node.getLiteralDatatypeURI();
        try {
            if (datatype.equals(XSDDatatype.XSDdate.getURI())) {
                return Optional.of(LocalDate.parse(lexical.substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (datatype.equals(XSDDatatype.XSDdateTime.getURI())
                    || datatype.equals(XSDDatatype.XSDdateTimeStamp.getURI())) {
                return Optional.of(dateTime(lexical));
            }
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Instant dateTime(String lexical) {
        boolean zoned = lexical.endsWith("Z") || lexical.matches(".*[+-]\\d\\d:\\d\\d$");
        return zoned ? OffsetDateTime.parse(lexical).toInstant() : OffsetDateTime.parse(lexical + "Z").toInstant();
    }
}
