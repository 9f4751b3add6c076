package no.policylod.convert.model;

import java.util.Collection;
import java.util.Set;

/**
 * Which of the converter's named {@link Rule}s are in force. A converter normally runs with {@link #all()}; the
 * accuracy tests switch rules off to measure what each one contributes and to score each half of the corpus with
 * only the rules that the other half supports.
 *
 * <pre>
 * Rules rules = Rules.all().without(Set.of("KindRule.SPEECH_CUES"));
 * rules.on(KindRule.SPEECH_CUES);   // false
 * </pre>
 *
 * Immutable and thread-safe.
 */
public final class Rules {

    private static final Rules ALL = new Rules(Set.of());

    private final Set<String> off;

    private Rules(Set<String> off) {
        this.off = Set.copyOf(off);
    }

    /** Every rule in force. */
    public static Rules all() {
        return ALL;
    }

    /** These rules, with the named ones ({@link Rule#qualifiedName()}) switched off. */
    public Rules without(Collection<String> qualifiedNames) {
        java.util.Set<String> names = new java.util.HashSet<>(off);
        names.addAll(qualifiedNames);
        return new Rules(names);
    }

    /** Whether a rule is in force. */
    public boolean on(Rule rule) {
        return off.isEmpty() || !off.contains(rule.qualifiedName());
    }

    /** The rules switched off. */
    public Set<String> off() {
        return off;
    }
}
