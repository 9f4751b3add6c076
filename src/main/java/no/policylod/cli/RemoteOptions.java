package no.policylod.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.policylod.store.RemoteEndpoint;
import picocli.CommandLine.Option;

/**
 * Where {@code load --endpoint} writes: a SPARQL store's Graph Store Protocol URL, its query URL, and the user; the
 * password comes from {@value #PASSWORD_VARIABLE} or a file, never from the command line (where {@code ps} and the
 * shell's history would show it).
 */
final class RemoteOptions {

    /** The environment variable holding the password. */
    static final String PASSWORD_VARIABLE = "POLICY_LOD_PASSWORD";

    @Option(names = "--endpoint", paramLabel = "URL", description = "Load into this SPARQL store over the Graph Store "
            + "Protocol (e.g. http://host:3030/ds/data) instead of the TDB2 store.")
    URI endpoint;

    @Option(names = "--query-endpoint", paramLabel = "URL", description = "The store's SPARQL query URL, for the "
            + "counts checked after loading (default: beside --endpoint, e.g. .../ds/sparql).")
    URI queryEndpoint;

    @Option(names = "--user", paramLabel = "NAME", description = "User for the endpoint (Basic or Digest); the "
            + "password from " + PASSWORD_VARIABLE + " or --password-file.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password.")
    Path passwordFile;

    @Option(names = "--password", hidden = true, paramLabel = "SECRET")
    String password;

    /** Whether to load into a remote store. */
    boolean remote() {
        return endpoint != null;
    }

    /** The endpoint from the options and the environment; a usage error when they do not fit together. */
    RemoteEndpoint endpoint(Map<String, String> environment) {
        if (password != null) {
            throw new Main.UsageException("--password: a password is never given on the command line (ps and the "
                    + "shell history show it); set " + PASSWORD_VARIABLE + " or give --password-file FILE");
        }
        if (endpoint == null) {
            if (user != null || passwordFile != null || queryEndpoint != null) {
                throw new Main.UsageException("--user, --password-file and --query-endpoint go with --endpoint URL");
            }
            return null;
        }
        String secret = passwordFile != null ? readPassword(passwordFile) : environment.get(PASSWORD_VARIABLE);
        if (user == null && passwordFile != null) {
            throw new Main.UsageException("--password-file " + passwordFile + ": give --user NAME too");
        }
        if (user != null && (secret == null || secret.isEmpty())) {
            throw new Main.UsageException("--user " + user + ": no password; set " + PASSWORD_VARIABLE
                    + " or give --password-file FILE");
        }
        try {
            return RemoteEndpoint.of(endpoint, queryEndpoint, user, user == null ? null : secret);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
    }

    private static String readPassword(Path file) {
        try {
            String text = Files.readString(file);
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
        } catch (IOException e) {
            throw new Main.UsageException("--password-file " + file + ": cannot read it (" + e.getMessage() + ")");
        }
    }
}
