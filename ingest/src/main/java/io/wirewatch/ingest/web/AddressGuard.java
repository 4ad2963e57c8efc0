package io.wirewatch.ingest.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * SSRF guard: refuses URLs that are not http(s) or whose host resolves to an address that is not
 * public (loopback, private, link-local incl. cloud metadata 169.254.169.254, carrier-grade NAT,
 * unique-local IPv6, multicast, unspecified). Feed links are attacker-controlled input, so every
 * hop of every redirect is checked. Residual risk: the HTTP client resolves the name again, so a
 * DNS answer that changes between the two lookups (rebinding) is not caught.
 */
public final class AddressGuard {
    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** @return null when the URL may be fetched, else the reason it may not */
    public String check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return "scheme '" + scheme + "' is not http or https";
        String host = uri.getHost();
        if (host == null || host.isBlank()) return "URL has no host";
        if (uri.getUserInfo() != null) return "URL carries credentials";
        if (allowPrivate) return null;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "host " + host + " does not resolve";
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                return "host " + host + " resolves to non-public address " + a.getHostAddress()
                        + " (set ingest.allow.private.addresses=true to allow)";
            }
        }
        return null;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) return false;
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xFF, b1 = b[1] & 0xFF;
            if (b0 == 0) return false;                              // "this network"
            if (b0 == 100 && b1 >= 64 && b1 <= 127) return false;   // carrier-grade NAT 100.64/10
            if (b0 == 192 && b1 == 0 && (b[2] & 0xFF) == 0) return false; // IETF protocol assignments
            if (b0 == 198 && (b1 == 18 || b1 == 19)) return false;  // benchmarking
            if (b0 >= 240) return false;                            // reserved, broadcast
            return true;
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) return false;                // unique local fc00::/7
            boolean mapped = true;                                  // ::ffff:a.b.c.d
            for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
            if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
