package no.policylod.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address or a block of them in CIDR notation ({@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code ::1},
 * {@code fd00::/8}), read from a literal only: a name is never looked up.
 *
 * <pre>
 * AddressBlock.parse("10.0.0.0/8").matches(InetAddress.getByName("10.1.2.3"));   // true
 * AddressBlock.literal("203.0.113.9");                                             // Optional[/203.0.113.9]
 * </pre>
 *
 * @param network the block's first address, as bytes (4 or 16)
 * @param prefix  how many leading bits an address must share with it
 */
public record AddressBlock(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** An address or block; {@link IllegalArgumentException} naming it when it is neither. */
    public static AddressBlock parse(String text) {
        String s = text == null ? "" : text.strip();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        InetAddress inet = literal(address).orElseThrow(() -> new IllegalArgumentException("'" + text
                + "' is not an IP address or a CIDR block (such as 10.0.0.0/8)"));
        int bits = inet.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("'" + text + "': the prefix length must be 0 to " + bits);
            }
        }
        return new AddressBlock(inet.getAddress(), prefix);
    }

    /**
     * The address an IP literal stands for, or empty when the text is not one (names included: nothing is looked up).
     * IPv6 may come in brackets, as in URLs and some proxy headers.
     */
    public static Optional<InetAddress> literal(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        var v4 = IPV4.matcher(s);
        boolean ok = v4.matches() ? allOctets(v4) : IPV6.matcher(s).matches() && s.length() <= 45;
        if (!ok) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(s));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean allOctets(java.util.regex.Matcher v4) {
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(v4.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Whether the address is in the block (an IPv4 address is never in an IPv6 block, nor the other way). */
    public boolean matches(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressBlock b && prefix == b.prefix && java.util.Arrays.equals(network, b.network);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
