package no.policylod.cli;

import java.io.PrintWriter;
import no.policylod.config.SettingsLoader.ConfigException;
import no.policylod.serve.ServeException;
import no.policylod.store.Store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code policy-lod} command: fetches regjeringen.no pages, converts them to RDF, validates, loads, dumps and serves it.
 *
 * <pre>
 * policy-lod publish                       # data/ -> ./store, ./dumps, http://localhost:3030/
 * policy-lod fetch --list urls.txt --out pages/   # snapshots with sources.json, politely (robots.txt, 1 request/s)
 * policy-lod convert pages/ --out out.nq
 * policy-lod generate --pages 100000 --seed 7 --out bench/corpus   # a benchmark corpus made from data/
 * </pre>
 *
 * Exit codes: 0 done, 1 data problems, 2 usage or configuration errors. User errors are one line on stderr; a stack
 * trace only with {@code --verbose}.
 */
@Command(name = "policy-lod", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Publishes regjeringen.no policy pages as linked open data.",
        subcommands = {FetchCommand.class, ConvertCommand.class, ValidateCommand.class, LoadCommand.class, DumpCommand.class,
                ServeCommand.class, PublishCommand.class, ReplicaCommand.class, QueryCommand.class, GenerateCommand.class, BenchDumpsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code: finished without problems. */
    public static final int OK = 0;
    /** Exit code: some input could not be converted, or violates the shapes. */
    public static final int DATA_PROBLEMS = 1;
    /** Exit code: the command line or the configuration is wrong. */
    public static final int USAGE = 2;

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Error e) {
            System.err.println("policy-lod: internal error: " + e + (e.getCause() == null ? "" : ": " + e.getCause()));
            code = DATA_PROBLEMS;
        }
        System.exit(code);
    }

    /** The configured command line, with error handling; tests use it with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("policy-lod: " + e.getMessage());
            String sub = e.getCommandLine().getCommandName().replace("policy-lod", "").strip();
            e.getCommandLine().getErr().println("Try 'policy-lod " + (sub.isEmpty() ? "" : sub + " ")
                    + "--help' for usage.");
            return USAGE;
        });
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose") || parsed.subcommand() != null
                && parsed.subcommand().hasMatchedOption("--verbose");
        if (e instanceof UsageException || e instanceof ConfigException) {
            err.println("policy-lod: " + e.getMessage());
            return USAGE;
        }
        if (e instanceof StoreException || e instanceof ServeException) {
            err.println("policy-lod: " + e.getMessage());
            return DATA_PROBLEMS;
        }
        err.println("policy-lod: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        return DATA_PROBLEMS;
    }

    /** A wrong command line or setting that the user can fix; exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"policy-lod " + number()};
        }

        /** The version number, or "development". */
        static String number() {
            String v = Main.class.getPackage().getImplementationVersion();
            return v == null ? "development" : v;
        }
    }
}
