package nl.uitzicht.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import nl.uitzicht.outbound.OutboundRefused.Reason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which addresses the server may call on an administrator's word. Never: the unspecified address
 * (0.0.0.0, ::), link-local (169.254.0.0/16 with the cloud metadata service, fe80::/10),
 * multicast, carrier-grade NAT (100.64.0.0/10) and the other special IPv4 ranges, nor an IPv4
 * address of those kinds embedded in an IPv6 one (NAT64, 6to4, IPv4-compatible). Loopback
 * (127.0.0.0/8, ::1), private (10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10) and plain http
 * only when {@code uitzicht.oidc.allow-local-issuers} is on: for tests and the local demo stack,
 * never in production.
 */
@Component
public class OutboundAddresses {

    private final boolean allowLocal;

    public OutboundAddresses(@Value("${uitzicht.oidc.allow-local-issuers:false}") boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    public boolean allowsLocal() {
        return allowLocal;
    }

    /**
     * Checks a URL before anything is looked up: absolute, https (or http where local addresses
     * are allowed), with a host, without user info or fragment, and not a literal address that is
     * refused. A host name is checked when it is resolved ({@link #resolve}).
     */
    public URI checkUrl(String url) throws OutboundRefused {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            throw new OutboundRefused(Reason.URL, url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null
                || !("https".equals(scheme) || (allowLocal && "http".equals(scheme)))) {
            throw new OutboundRefused(Reason.URL, url);
        }
        if (isLiteral(uri.getHost())) {
            check(literal(uri.getHost()), uri.getHost());
        }
        return uri;
    }

    /** Resolves a host and returns its addresses, only if every one of them may be called. */
    public List<InetAddress> resolve(String host) throws OutboundRefused, UnknownHostException {
        InetAddress[] all = isLiteral(host) ? new InetAddress[] {literal(host)} : InetAddress.getAllByName(host);
        for (InetAddress address : all) {
            check(address, host);
        }
        return List.of(all);
    }

    private void check(InetAddress address, String host) throws OutboundRefused {
        Kind kind = kindOf(address);
        if (kind == Kind.INTERNAL || (kind == Kind.LOCAL && !allowLocal)) {
            throw new OutboundRefused(Reason.ADDRESS, host + " (" + address.getHostAddress() + ")");
        }
    }

    enum Kind {
        PUBLIC,
        LOCAL,
        INTERNAL
    }

    static Kind kindOf(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            InetAddress embedded = embeddedIpv4(b);
            if (embedded != null) {
                return kindOf(embedded);
            }
            if (v6.isLoopbackAddress()) {
                return Kind.LOCAL;
            }
            if (v6.isAnyLocalAddress() || v6.isLinkLocalAddress() || v6.isMulticastAddress()) {
                return Kind.INTERNAL;
            }
            if ((b[0] & 0xfe) == 0xfc || v6.isSiteLocalAddress()) {
                return Kind.LOCAL;
            }
            // 2001:db8::/32 documentation, 2001::/32 Teredo, 100::/64 discard: never a provider
            if ((b[0] == 0x20 && b[1] == 0x01 && ((b[2] == 0x0d && (b[3] & 0xff) == 0xb8) || (b[2] == 0 && b[3] == 0)))
                    || (b[0] == 0x01 && b[1] == 0 && b[2] == 0 && b[3] == 0)) {
                return Kind.INTERNAL;
            }
            return Kind.PUBLIC;
        }
        byte[] b = address.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (address.isLoopbackAddress()) {
            return Kind.LOCAL;
        }
        if (first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)) {
            return Kind.LOCAL;
        }
        boolean internal = first == 0 // 0.0.0.0/8, "this network"
                || (first == 100 && second >= 64 && second <= 127) // 100.64.0.0/10 carrier-grade NAT
                || (first == 169 && second == 254) // link-local, cloud metadata
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15 benchmarking
                || first >= 224; // multicast, reserved, broadcast
        return internal ? Kind.INTERNAL : Kind.PUBLIC;
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) one. */
    private static @org.jspecify.annotations.Nullable InetAddress embeddedIpv4(byte[] b) {
        try {
            boolean zeros = true;
            for (int i = 0; i < 12; i++) {
                zeros &= b[i] == 0;
            }
            boolean nat64 = b[0] == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            for (int i = 4; nat64 && i < 12; i++) {
                nat64 = b[i] == 0;
            }
            boolean compatible = zeros && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1));
            if (compatible || nat64) {
                return Inet4Address.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return Inet4Address.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
            return null;
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+") || host.contains(":");
    }

    /** A literal address, parsed without any name lookup; odd IPv4 forms (0x7f.1, 2130706433) are refused. */
    private static InetAddress literal(String host) throws OutboundRefused {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!bare.contains(":")
                && !bare.matches(
                        "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}")) {
            throw new OutboundRefused(Reason.URL, host);
        }
        if (bare.contains(":") && !bare.matches("[0-9a-fA-F:.]+")) {
            throw new OutboundRefused(Reason.URL, host);
        }
        try {
            return InetAddress.getByName(bare);
        } catch (UnknownHostException e) {
            throw new OutboundRefused(Reason.URL, host);
        }
    }
}
