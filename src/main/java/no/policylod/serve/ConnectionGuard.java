package no.policylod.serve;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps slow or greedy clients from holding connections: at most a few open connections per client address (more are
 * closed as soon as they open; a trusted proxy's are not counted, see {@link TrustedProxies}), and a deadline for each request's head and body, so that many connections sending a
 * header line every few seconds (which the idle timeout alone would let live) cannot starve the others.
 *
 * <pre>
 * ConnectionGuard guard = new ConnectionGuard(connector.getScheduler(), 32, Duration.ofSeconds(10),
 *         Duration.ofSeconds(30), new TrustedProxies(List.of()));
 * connector.addBean(guard);   // a Connection.Listener bean of a connector hears of each of its connections
 * </pre>
 *
 * <p>Twice a second each open connection is looked at: a request whose head has been arriving for longer than the
 * head deadline, or whose body for longer than the body deadline, has its connection closed.
 */
final class ConnectionGuard extends AbstractLifeCycle implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);
    private static final long SWEEP_MILLIS = 500;

    private final Scheduler scheduler;
    private final int maxPerClient;
    private final long headNanos;
    private final long bodyNanos;
    private final TrustedProxies proxies;
    private final Map<String, Integer> perClient = new ConcurrentHashMap<>();
    private final Map<Connection, Watch> open = new ConcurrentHashMap<>();
    private volatile Scheduler.Task next;

    ConnectionGuard(Scheduler scheduler, int maxPerClient, Duration headTimeout, Duration bodyTimeout,
                    TrustedProxies proxies) {
        this.scheduler = scheduler;
        this.proxies = proxies;
        this.maxPerClient = maxPerClient;
        this.headNanos = headTimeout.toNanos();
        this.bodyNanos = bodyTimeout.toNanos();
    }

    @Override
    public void onOpened(Connection connection) {
        SocketAddress peer = connection.getEndPoint().getRemoteSocketAddress();
        String client = client(peer);
        open.put(connection, new Watch(client));
        // a trusted proxy carries many clients' connections: only its requests are counted, by the client they name
        if (perClient.merge(client, 1, Integer::sum) > maxPerClient && !proxies.isTrusted(peer)) {
            LOG.debug("Closing a connection from {}: more than {} open", client, maxPerClient);
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        Watch watch = open.remove(connection);
        if (watch != null) {
            perClient.computeIfPresent(watch.client, (k, n) -> n == 1 ? null : n - 1);
        }
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
    }

    private void schedule() {
        next = scheduler.schedule(this::sweep, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            open.forEach((connection, watch) -> {
                if (connection instanceof HttpConnection http && watch.overdue(http, now)) {
                    LOG.debug("Closing a connection from {}: request {} too slowly", watch.client, watch.phase);
                    connection.getEndPoint().close();
                }
            });
        } finally {
            if (isRunning()) {
                schedule();
            }
        }
    }

    private static String client(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }

    /** Where a connection's current request is: its head arriving, its body arriving, or neither. */
    private enum Phase { HEAD, BODY, OTHER }

    /** What was last seen of one connection: which request, in which phase, since when. */
    private final class Watch {
        private final String client;
        private Phase phase = Phase.OTHER;
        private long requests = -1;
        private long since;

        Watch(String client) {
            this.client = client;
        }

        /** Whether the connection has stayed too long sending the head or the body of one request. */
        boolean overdue(HttpConnection connection, long now) {
            Phase seen = phaseOf(connection.getParser());
            long count = connection.getMessagesIn();
            if (seen != phase || count != requests) {
                phase = seen;
                requests = count;
                since = now;
                return false;
            }
            long limit = phase == Phase.HEAD ? headNanos : phase == Phase.BODY ? bodyNanos : Long.MAX_VALUE;
            return now - since > limit;
        }

        private static Phase phaseOf(HttpParser parser) {
            if (parser.inHeaderState() && !parser.isStart()) {
                return Phase.HEAD;
            }
            return parser.inContentState() ? Phase.BODY : Phase.OTHER;
        }
    }
}
