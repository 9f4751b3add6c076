package no.policylod.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.policylod.config.AddressBlock;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Who a request comes from when the server stands behind reverse proxies or load balancers: for a request whose peer
 * is a trusted proxy, the client is the nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy
 * (read from the right, as each proxy appends the address it saw); a request from any other peer is taken as it
 * comes and its {@code X-Forwarded-For} ignored, so that no client can choose its own address. The per-client limits,
 * the query gate and the access log all see the address this gives.
 *
 * <pre>
 * httpConfiguration.addCustomizer(new TrustedProxies(List.of(AddressBlock.parse("10.0.0.0/8"))));
 * </pre>
 */
final class TrustedProxies implements HttpConfiguration.Customizer {

    /** The header HAProxy ({@code option forwardfor}) and nginx ({@code $proxy_add_x_forwarded_for}) set. */
    static final String HEADER = "X-Forwarded-For";

    private final List<AddressBlock> trusted;

    TrustedProxies(List<AddressBlock> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Whether an address is one of the trusted proxies. */
    boolean isTrusted(SocketAddress peer) {
        return peer instanceof InetSocketAddress inet && inet.getAddress() != null && isTrusted(inet.getAddress());
    }

    private boolean isTrusted(InetAddress address) {
        for (AddressBlock block : trusted) {
            if (block.matches(address)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        SocketAddress peer = request.getConnectionMetaData().getRemoteSocketAddress();
        if (trusted.isEmpty() || !isTrusted(peer)) {
            return request;
        }
        Optional<InetAddress> client = client(request.getHeaders().getValuesList(HEADER));
        if (client.isEmpty()) {
            return request;
        }
        InetSocketAddress address = new InetSocketAddress(client.get(), 0);
        ConnectionMetaData forwarded = new ConnectionMetaData.Wrapper(request.getConnectionMetaData()) {
            @Override
            public SocketAddress getRemoteSocketAddress() {
                return address;
            }
        };
        return new Request.Wrapper(request) {
            @Override
            public ConnectionMetaData getConnectionMetaData() {
                return forwarded;
            }
        };
    }

    /**
     * The client the header values name: read from the right, the first address that is not a trusted proxy, or the
     * leftmost when all are; empty when the nearest entry is not an IP address (then the peer stands).
     */
    Optional<InetAddress> client(List<String> headerValues) {
        List<String> hops = new ArrayList<>();
        for (String value : headerValues) {
            for (String hop : value.split(",")) {
                hops.add(hop.strip());
            }
        }
        InetAddress found = null;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = AddressBlock.literal(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            found = hop.get();
            if (!isTrusted(found)) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }
}
