package no.policylod.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import no.policylod.convert.Converter;
import no.policylod.convert.model.PageContent;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.source.PageSnapshot;
import org.junit.jupiter.api.Test;

class DumpPageTest {
    @Test
    void dump() throws Exception {
        String files = System.getProperty("pages", "");
        if (files.isEmpty()) return;
        Converter c = new Converter(new UriPolicy("https://w3id.org/policy-lod"));
        for (String f : files.split(",")) {
            Path p = f.startsWith("/") ? Path.of(f) : Path.of("/work/shared/corpus/pages", f + ".txt");
            String url = System.getProperty("url." + f);
            if (Boolean.getBoolean("blocks")) {
                new no.policylod.convert.read.TextBlockReader().read(Files.readString(p)).blocks().forEach(b -> System.out.println("  " + b.kind() + " | " + b.text().substring(0, Math.min(90, b.text().length()))));
            }
            PageContent pc = c.read(PageSnapshot.of(f + ".txt", Files.readString(p), url, null));
            StringBuilder sb = new StringBuilder("=== " + f + " " + pc.docClass() + " " + pc.title() + " " + pc.issued() + " " + pc.publishers().stream().map(m -> m.key()).toList() + " id=" + pc.identifier() + "\n");
            pc.items().forEach(i -> sb.append("  item ").append(i.docClass()).append(' ').append(i.issued()).append(' ').append(i.title()).append(" pubs=").append(i.publishers().stream().map(m -> m.key()).toList()).append(" amts=").append(i.amounts().size()).append('\n'));
            pc.amounts().forEach(a -> sb.append("  amount ").append(a.mention().text()).append('\n'));
            pc.captions().forEach(a -> sb.append("  caption ").append(a.text(), 0, Math.min(60, a.text().length())).append('\n'));
            System.out.print(sb);
        }
    }
}
