package no.policylod.convert.page;

import java.util.Optional;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Rules;

/**
 * Decides a page's kind: the {@link KindRule}s in their order, the first that answers wins; empty where none does
 * (then the page's listed entries tell a topic page from an article).
 *
 * <pre>
 * Optional&lt;DocClass&gt; kind = new KindDecision(Rules.all()).decide(evidence);
 * kind.decidedBy();   // the rule that decided, for reports
 * </pre>
 */
final class KindDecision {

    /** The kind, and the rule that decided it. */
    record Decided(DocClass kind, KindRule rule) {
    }

    private final Rules rules;

    KindDecision(Rules rules) {
        this.rules = rules;
    }

    Optional<Decided> decide(PageEvidence evidence) {
        for (KindRule rule : KindRule.values()) {
            if (rules.on(rule)) {
                Optional<DocClass> kind = rule.decide(evidence);
                if (kind.isPresent()) {
                    return Optional.of(new Decided(kind.get(), rule));
                }
            }
        }
        return Optional.empty();
    }
}
