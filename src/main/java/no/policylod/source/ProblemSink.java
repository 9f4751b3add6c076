package no.policylod.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where every stage sends the problems it finds, instead of throwing or printing: one policy, in one place.
 *
 * <pre>
 * ProblemSink problems = ProblemSink.collecting();
 * reader.read(paths, problems);
 * problems.all().forEach(err::println);
 * </pre>
 */
public interface ProblemSink extends Consumer<Problem> {

    /** A sink that keeps every problem in arrival order. */
    static Collecting collecting() {
        return new Collecting();
    }

    /** A sink that keeps problems in memory; thread-safe. */
    final class Collecting implements ProblemSink {
        private final List<Problem> problems = new ArrayList<>();

        @Override
        public synchronized void accept(Problem problem) {
            problems.add(problem);
        }

        public synchronized List<Problem> all() {
            return List.copyOf(problems);
        }

        public synchronized long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        public synchronized long warnings() {
            return problems.size() - errors();
        }
    }
}
