package no.policylod.dump;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Replaces blank nodes by Skolem IRIs ({@code {base}/.well-known/genid/{32 hex}}, RDF 1.1 Concepts §3.5) named after
 * what the blank node is, not after a label: the same structure in two stores gets the same IRI, so dumps are
 * byte-identical and releases can be compared quad by quad.
 *
 * <pre>
 * Map&lt;Node, Node&gt; iris = Skolem.iris(datasetGraph, "https://w3id.org/policy-lod");
 * Quad q2 = Skolem.apply(q, iris);
 * </pre>
 *
 * <p>A blank node's name hashes its place (the graph, subject and predicate of every triple pointing at it, where a
 * blank subject counts by its own final name, so parents are named first) and its content (the graph, predicate
 * and object of every triple it is the subject of, blank objects by the hash of their content). policy-lod's blank
 * nodes (OWL and SHACL lists, property shapes) are trees, for which this is exact. Two blank nodes with the same
 * place and content are interchangeable and are numbered; blank-node cycles, which policy-lod does not produce, get
 * names that are stable but may depend on the order of the data.
 */
public final class Skolem {

    /** The path under the base URI of every Skolem IRI. */
    public static final String PATH = "/.well-known/genid/";

    private final Map<Node, List<Quad>> out = new HashMap<>();
    private final Map<Node, List<Quad>> in = new HashMap<>();
    private final Map<Node, String> contentHash = new HashMap<>();
    private final Map<Node, Node> named = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final String prefix;

    private Skolem(String base) {
        this.prefix = base + PATH;
    }

    /** The Skolem IRI of every blank node in the dataset; empty when it has none. */
    public static Map<Node, Node> iris(DatasetGraph data, String base) {
        Skolem skolem = new Skolem(base);
        data.find().forEachRemaining(skolem::index);
        skolem.nameAll();
        return skolem.named;
    }

    /** The quad with its blank nodes replaced as {@code iris} says. */
    public static Quad apply(Quad q, Map<Node, Node> iris) {
        if (iris.isEmpty() || !(q.getSubject().isBlank() || q.getObject().isBlank() || q.getGraph().isBlank())) {
            return q;
        }
        return Quad.create(iris.getOrDefault(q.getGraph(), q.getGraph()), iris.getOrDefault(q.getSubject(),
                q.getSubject()), q.getPredicate(), iris.getOrDefault(q.getObject(), q.getObject()));
    }

    private void index(Quad q) {
        if (q.getSubject().isBlank()) {
            out.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
        }
        if (q.getObject().isBlank()) {
            in.computeIfAbsent(q.getObject(), k -> new ArrayList<>()).add(q);
        }
    }

    /** Names parents before children, round by round; what a cycle leaves over is named with what is known. */
    private void nameAll() {
        Set<Node> pending = new HashSet<>(out.keySet());
        pending.addAll(in.keySet());
        while (!pending.isEmpty()) {
            List<Node> ready = pending.stream().filter(this::parentsNamed).toList();
            List<Node> round = ready.isEmpty() ? List.copyOf(pending) : ready;
            nameRound(round);
            round.forEach(pending::remove);
        }
    }

    private boolean parentsNamed(Node blank) {
        return in.getOrDefault(blank, List.of()).stream()
                .allMatch(q -> !q.getSubject().isBlank() || named.containsKey(q.getSubject()));
    }

    private void nameRound(List<Node> round) {
        Map<String, List<Node>> byHash = new TreeMap<>();
        for (Node blank : round) {
            byHash.computeIfAbsent(sha256(place(blank) + "\n" + content(blank, new HashSet<>())),
                    k -> new ArrayList<>()).add(blank);
        }
        byHash.forEach((hash, nodes) -> {
            for (int i = 0; i < nodes.size(); i++) {
                String name = hash.substring(0, 32) + (nodes.size() > 1 ? "-" + (i + 1) : "");
                while (!used.add(name)) {
                    name = name + "x";
                }
                named.put(nodes.get(i), NodeFactory.createURI(prefix + name));
            }
        });
    }

    private String place(Node blank) {
        List<String> lines = new ArrayList<>();
        for (Quad q : in.getOrDefault(blank, List.of())) {
            Node s = named.getOrDefault(q.getSubject(), q.getSubject());
            lines.add(nt(q.getGraph()) + " " + (s.isBlank() ? "_" : nt(s)) + " " + nt(q.getPredicate()));
        }
        lines.sort(null);
        return String.join("\n", lines);
    }

    private String content(Node blank, Set<Node> visiting) {
        String known = contentHash.get(blank);
        if (known != null) {
            return known;
        }
        if (!visiting.add(blank)) {
            return "cycle";
        }
        List<String> lines = new ArrayList<>();
        for (Quad q : out.getOrDefault(blank, List.of())) {
            Node o = q.getObject();
            lines.add(nt(q.getGraph()) + " " + nt(q.getPredicate()) + " "
                    + (o.isBlank() ? "[" + content(o, visiting) + "]" : nt(o)));
        }
        visiting.remove(blank);
        lines.sort(null);
        String hash = sha256(String.join("\n", lines));
        contentHash.put(blank, hash);
        return hash;
    }

    private static String nt(Node n) {
        return n.isBlank() ? "_" : NtTerms.of(n);
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
