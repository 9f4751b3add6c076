package no.policylod.convert.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The languages of the site: English, bokmål and nynorsk, with the BCP 47 tags the data uses (never "no"). */
public enum Lang {
    EN("en", "ENG"), NB("nb", "NOB"), NN("nn", "NNO");

    private final String tag;
    private final String euAuthorityCode;

    Lang(String tag, String euAuthorityCode) {
        this.tag = tag;
        this.euAuthorityCode = euAuthorityCode;
    }

    /** The language tag of literals in this language. */
    @JsonValue
    public String tag() {
        return tag;
    }

    /** The IRI of this language in the EU Publications Office language authority table. */
    public String authorityIri() {
        return "http://publications.europa.eu/resource/authority/language/" + euAuthorityCode;
    }

    public boolean isNorwegian() {
        return this != EN;
    }

    @JsonCreator
    public static Lang fromTag(String tag) {
        return valueOf(tag.toUpperCase(Locale.ROOT));
    }
}
