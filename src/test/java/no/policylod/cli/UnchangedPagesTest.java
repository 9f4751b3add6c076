package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.policylod.store.PageLedger;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publish converts only the pages that changed since they were loaded, and never trusts its ledger over the store:
 * a stored graph that no longer is what the page gives makes the page convert again.
 */
class UnchangedPagesTest {

    @TempDir
    Path dir;

    @Test
    void onlyChangedPagesAreConvertedAgainAndTheStoreDecides() throws Exception {
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages);
        for (Path p : Files.list(Fixtures.resource("pages/seeds")).toList()) {
            Files.copy(p, pages.resolve(p.getFileName()));
        }
        Path store = dir.resolve("store");
        String[] publish = {"publish", "--no-serve", "--store", store.toString(), "--dumps",
                dir.resolve("dumps").toString(), pages.toString()};
        CliRun first = CliRun.run(publish);
        assertEquals(Main.OK, first.exitCode(), first.toString());
        assertTrue(Files.isRegularFile(PageLedger.fileFor(store)), "the ledger is written beside the store");

        CliRun second = CliRun.run(publish);
        assertTrue(second.out().contains("2 pages unchanged since they were loaded"), second.toString());
        assertTrue(second.out().contains("converted 2 pages, 2 snapshots"), second.toString());
        assertTrue(second.out().contains("no new release"), second.toString());

        Path changed = Files.list(pages).sorted().findFirst().orElseThrow();
        Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        CliRun third = CliRun.run(publish);
        assertEquals(Main.OK, third.exitCode(), third.toString());
        assertTrue(third.out().contains("1 pages unchanged since they were loaded"), third.toString());
        assertTrue(third.out().contains("1 graphs added"), "the edited page is a new snapshot: " + third);

        // Someone changes a stored graph behind the ledger's back: the page it came from is converted again.
        Node tampered;
        try (Store opened = Store.open(store)) {
            var dsg = opened.dataset().asDatasetGraph();
            tampered = Txn.calculateRead(dsg, () -> opened.graphNames().stream()
                    .filter(g -> g.getURI().contains("/graph/snapshot/")).findFirst().orElseThrow());
            Txn.executeWrite(dsg, () -> dsg.add(Quad.create(tampered, tampered,
                    org.apache.jena.vocabulary.RDFS.comment.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralString("not from the page"))));
        }
        CliRun fourth = CliRun.run(publish);
        assertEquals(Main.OK, fourth.exitCode(), fourth.toString());
        assertTrue(fourth.out().contains("1 replaced"), "the tampered graph is converted and replaced: " + fourth);
        try (Store opened = Store.open(store)) {
            var dsg = opened.dataset().asDatasetGraph();
            assertTrue(Txn.calculateRead(dsg, () -> !dsg.find(tampered, Node.ANY,
                    org.apache.jena.vocabulary.RDFS.comment.asNode(), Node.ANY).hasNext()));
        }
    }

    @Test
    void aDamagedLedgerOnlyCostsAConversion() throws Exception {
        Path store = dir.resolve("store");
        String[] publish = {"publish", "--no-serve", "--store", store.toString(), "--dumps",
                dir.resolve("dumps").toString(), Fixtures.resource("pages/seeds").toString()};
        assertEquals(Main.OK, CliRun.run(publish).exitCode());
        Files.writeString(PageLedger.fileFor(store), "\u0000garbage\tnot\ta ledger\n");
        CliRun again = CliRun.run(publish);
        assertEquals(Main.OK, again.exitCode(), again.toString());
        assertTrue(again.out().contains("0 graphs added, 0 replaced"), again.toString());
        assertTrue(!again.out().contains("pages unchanged since"), again.toString());
    }
}
