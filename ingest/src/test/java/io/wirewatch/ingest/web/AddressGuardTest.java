package io.wirewatch.ingest.web;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class AddressGuardTest {
    @Test
    void refusesNonPublicAddresses() throws Exception {
        for (String ip : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "224.0.0.1", "255.255.255.255"}) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(ip))).as(ip).isFalse();
        }
        for (String ip : new String[]{"8.8.8.8", "93.184.216.34", "2606:4700::1111"}) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(ip))).as(ip).isTrue();
        }
    }

    @Test
    void checksSchemeCredentialsAndResolvedHost() {
        AddressGuard guard = new AddressGuard(false);
        assertThat(guard.check(URI.create("http://169.254.169.254/latest/meta-data/"))).contains("non-public");
        assertThat(guard.check(URI.create("http://[::1]:8080/"))).contains("non-public");
        assertThat(guard.check(URI.create("gopher://example.com/"))).contains("scheme");
        assertThat(guard.check(URI.create("http://user:pw@8.8.8.8/"))).contains("credentials");
        assertThat(guard.check(URI.create("https://8.8.8.8/feed"))).isNull();
        assertThat(new AddressGuard(true).check(URI.create("http://127.0.0.1:1234/"))).isNull();
    }
}
