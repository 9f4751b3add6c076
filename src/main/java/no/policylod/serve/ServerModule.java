package no.policylod.serve;

/**
 * A part of the server that plugs into it before it is built: the linked-data pages, the site, the releases. Each
 * module adds its servlets at its own paths; the server's filters (CORS, request guard, path aliases) and its
 * compression run before every one of them. The model is Fuseki's own modules.
 *
 * <pre>
 * PolicyLodServer.builder().settings(settings).dataset(dataset)
 *         .module(new LinkedData(settings, dataset))
 *         .module(new ReleaseWeb(settings.dumps(), dataset))
 *         .build().start();
 *
 * final class Hello implements ServerModule {
 *     public void install(PolicyLodServer.Builder server) {
 *         server.servlet("/hello", new HelloServlet());     // an endpoint is one servlet at one path
 *     }
 * }
 * </pre>
 */
@FunctionalInterface
public interface ServerModule {

    /** Adds this module's servlets to the server being built. */
    void install(PolicyLodServer.Builder server);
}
