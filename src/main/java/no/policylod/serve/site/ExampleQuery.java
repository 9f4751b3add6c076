package no.policylod.serve.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One of the example queries of {@code queries/} (on the classpath as {@code policylod/queries/NAME.rq}), with what
 * its header comment says and the links that run it.
 *
 * <pre>
 * List&lt;ExampleQuery&gt; all = ExampleQuery.all();   // sorted by file name
 * all.get(0).title();      // "Money amounts by year and by ministry"
 * all.get(0).editorHref(); // "/query?example=amounts-by-year-and-ministry": the query editor holding it
 * </pre>
 *
 * <p>The header is the comment block a file starts with: its first line is the title, the paragraph that starts
 * with "Answers:" the description, the one that starts with "Parameters:" or "Parameter:" what to edit.
 *
 * @param name        the file name without {@code .rq}
 * @param title       the first line of the header
 * @param description what it answers
 * @param parameters  what can be edited, or an empty string
 * @param text        the whole file
 */
record ExampleQuery(String name, String title, String description, String parameters, String text) {

    static final String FOLDER = "policylod/queries";
    /** The query editor ({@link QueryPage}); {@code ?example=NAME} opens it with that query. */
    static final String EDITOR = "/query?example=";

    /** The query editor with this query in it, ready to run. */
    public String editorHref() {
        return EDITOR + name;
    }

    /** The results as CSV, straight from the SPARQL endpoint (the query without its header comment). */
    public String csvHref() {
        return "/sparql?output=csv&query=" + encode(body());
    }

    /** The file as it is in the repository, served at this path. */
    public String sourceHref() {
        return "/queries/" + name + ".rq";
    }

    /** The query without the comment block it starts with. */
    String body() {
        List<String> lines = text.lines().toList();
        int start = 0;
        while (start < lines.size() && (lines.get(start).startsWith("#") || lines.get(start).isBlank())) {
            start++;
        }
        return String.join("\n", lines.subList(start, lines.size())) + "\n";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Every example query on the classpath, sorted by file name. */
    static List<ExampleQuery> all() {
        return names().stream().sorted().map(ExampleQuery::load).toList();
    }

    /** The query {@code NAME.rq}, or null when there is none. */
    static ExampleQuery named(String name) {
        return names().contains(name) ? load(name) : null;
    }

    static ExampleQuery parse(String name, String text) {
        List<String> header = text.lines().takeWhile(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#\\s?", ""))
                .toList();
        String title = header.isEmpty() ? name : header.get(0).strip();
        return new ExampleQuery(name, title, sentence(paragraph(header, "Answers:")),
                sentence(paragraph(header, "Parameter")), text);
    }

    /** The text with a capital first letter: "how much money ..." becomes "How much money ...". */
    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The header paragraph that starts with a word, that word (and its colon) left out. */
    private static String paragraph(List<String> header, String start) {
        StringBuilder text = new StringBuilder();
        boolean inside = false;
        for (String line : header) {
            if (!inside && line.startsWith(start)) {
                inside = true;
                line = line.substring(line.indexOf(':') + 1);
            } else if (inside && line.isBlank()) {
                break;
            }
            if (inside) {
                text.append(' ').append(line.strip());
            }
        }
        return text.toString().strip();
    }

    private static ExampleQuery load(String name) {
        String path = FOLDER + "/" + name + ".rq";
        try (InputStream in = ExampleQuery.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The names of the {@code .rq} files in the classpath folder, from a directory or a jar. */
    private static List<String> names() {
        URL folder = ExampleQuery.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            List<String> files = folder.getProtocol().equals("jar") ? inJar(folder) : inFolder(folder);
            return files.stream().filter(f -> f.endsWith(".rq")).map(f -> f.substring(0, f.length() - 3)).toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the example queries in " + folder, e);
        }
    }

    private static List<String> inFolder(URL folder) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<String> inJar(URL folder) throws IOException {
        JarURLConnection jar = (JarURLConnection) folder.openConnection();
        jar.setUseCaches(false);
        String prefix = FOLDER + "/";
        List<String> names = new ArrayList<>();
        try (var file = jar.getJarFile()) {
            file.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0 && n.length() > prefix.length())
                    .forEach(n -> names.add(n.substring(prefix.length())));
        }
        return names;
    }
}
