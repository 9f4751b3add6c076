package no.policylod.serve.sparql;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Regular expressions that stop when their query is cancelled. Jena checks its cancel signal between solutions, but a
 * regular expression that backtracks catastrophically ({@code REGEX(?text, "(a+)+b")} on a long text) can run for
 * minutes inside one solution; here the matcher reads its text through a {@link CharSequence} that looks at the
 * query's cancel signal (set by the query timeout) every few thousand characters and then throws
 * {@link QueryCancelledException}, as any cancelled query does.
 *
 * <pre>
 * Query stoppable = StoppableRegex.in(query);   // REGEX, REPLACE, fn:matches, fn:replace made stoppable
 * </pre>
 */
final class StoppableRegex {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    /** How many characters a matcher reads between two looks at the cancel signal. */
    private static final int CHECK_EVERY = 4096;
    /** Characters a matcher may read when no cancel signal watches it: some tenths of a second of work. */
    static final long UNWATCHED_READS = 20_000_000;

    private StoppableRegex() {
    }

    /** The query with every regular-expression function replaced by its stoppable form; the same query if none. */
    static Query in(Query query) {
        Transform transform = new Transform();
        Query result = QueryTransformOps.transform(query, new ElementTransformCopyBase(), transform);
        return transform.changed ? result : query;
    }

    /**
     * The text to match, read through the cancel signal of the query evaluating it. Without one (Jena folds an
     * expression of constants, {@code REPLACE("aaa…", "(.*a){20}x", "")}, while it plans the query, before any
     * timeout runs), a matcher may read {@link #UNWATCHED_READS} characters, then the evaluation fails: the expression
     * is left unfolded and is evaluated again, watched, when the query runs.
     */
    static CharSequence text(String text, FunctionEnv env) {
        AtomicBoolean signal = cancelSignal(env);
        return new Text(text, signal == null ? new AtomicBoolean() : signal, signal == null ? UNWATCHED_READS : -1,
                new int[1]);
    }

    private static AtomicBoolean cancelSignal(FunctionEnv env) {
        if (env instanceof ExecutionContext context && context.getCancelSignal() != null) {
            return context.getCancelSignal();
        }
        Context context = env == null ? null : env.getContext();
        return context == null ? null : Context.getCancelSignal(context);
    }

    /** Replaces REGEX and REPLACE, and their XPath names, by the stoppable forms. */
    private static final class Transform extends ExprTransformCopy {
        private boolean changed;

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            Expr replaced = replacement(func, args);
            if (replaced == null) {
                return super.transform(func, args);
            }
            changed = true;
            return replaced;
        }

        private static Expr replacement(ExprFunctionN func, ExprList args) {
            if (func instanceof Regex || func instanceof Replace) {
                return null;
            }
            boolean regex = func instanceof E_Regex || isFunction(func, "matches");
            if (regex && (args.size() == 2 || args.size() == 3)) {
                return new Regex(args.get(0), args.get(1), args.size() == 3 ? args.get(2) : null);
            }
            boolean replace = func instanceof E_StrReplace || isFunction(func, "replace");
            if (replace && (args.size() == 3 || args.size() == 4)) {
                return new Replace(args.get(0), args.get(1), args.get(2), args.size() == 4 ? args.get(3) : null);
            }
            return null;
        }

        private static boolean isFunction(ExprFunctionN func, String localName) {
            return func instanceof E_Function f && (FN + localName).equals(f.getFunctionIRI());
        }
    }

    /** REGEX whose matcher stops with the query. */
    static final class Regex extends E_Regex {
        private final Pattern constant;

        Regex(Expr text, Expr pattern, Expr flags) {
            super(text, pattern, flags);
            constant = isString(pattern) && (flags == null || isString(flags))
                    ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern pattern = constant != null ? constant : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(pattern.matcher(text(text.getLiteralLexicalForm(), env)).find());
        }

        /** As Jena calls it when it folds constants while planning the query: unwatched, so bounded. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList args) {
            return new Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }

        private static Pattern compile(NodeValue pattern, NodeValue flags) {
            if (!pattern.isString() || (flags != null && !flags.isString())) {
                throw new ExprEvalException("REGEX: the pattern and the flags must be strings");
            }
            return RegexEngine.makePattern("Regex", pattern.getString(), flags == null ? null : flags.getString());
        }
    }

    /**
     * REPLACE that first runs its matcher over the text stoppably, then lets Jena build the result: the search is
     * done twice, the second time with a bounded cost, since the first finished.
     */
    static final class Replace extends E_StrReplace {

        Replace(Expr text, Expr pattern, Expr replacement, Expr flags) {
            super(text, pattern, replacement, flags);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            search(args, env);
            return super.eval(args);
        }

        /** As Jena calls it when it folds constants while planning the query: unwatched, so bounded. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            search(args, null);
            return super.eval(args);
        }

        private static void search(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            NodeValue pattern = args.get(1);
            NodeValue flags = args.size() > 3 ? args.get(3) : null;
            if (pattern.isString() && (flags == null || flags.isString())) {
                Pattern compiled = RegexEngine.makePattern("REPLACE", pattern.getString(),
                        flags == null ? null : flags.getString());
                Matcher matcher = compiled.matcher(text(text.getLiteralLexicalForm(), env));
                while (matcher.find()) {
                    // only the search's cost matters here
                }
            }
        }

        @Override
        public Expr copy(ExprList args) {
            return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }
    }

    private static boolean isString(Expr expr) {
        return expr.isConstant() && expr.getConstant().isString();
    }

    /** A text that throws {@link QueryCancelledException} while being read once its query is cancelled. */
    static final class Text implements CharSequence {
        private final String text;
        private final AtomicBoolean cancelled;
        /** Reads allowed in all (-1: no limit), and those done, shared with the subsequences. */
        private final long budget;
        private final int[] checks;
        private int reads;

        Text(String text, AtomicBoolean cancelled, long budget, int[] checks) {
            this.text = text;
            this.cancelled = cancelled;
            this.budget = budget;
            this.checks = checks;
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CHECK_EVERY) {
                reads = 0;
                if (cancelled.get()) {
                    throw new QueryCancelledException();
                }
                if (budget >= 0 && (long) ++checks[0] * CHECK_EVERY > budget) {
                    throw new ExprEvalException("a regular expression that costs too much to evaluate unwatched");
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Text(text.substring(start, end), cancelled, budget, checks);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
