package nl.uitzicht.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** Which addresses the server may call on an administrator's behalf (no SSRF into the platform's network). */
class OutboundAddressesTest {

    private final OutboundAddresses production = new OutboundAddresses(false);
    private final OutboundAddresses local = new OutboundAddresses(true);

    private static OutboundAddresses.Kind kind(String literal) throws UnknownHostException {
        return OutboundAddresses.kindOf(InetAddress.getByName(literal));
    }

    private static OutboundRefused.Reason refusal(OutboundAddresses addresses, String url) {
        OutboundRefused refused = catchThrowableOfType(OutboundRefused.class, () -> addresses.checkUrl(url));
        return refused == null ? null : refused.reason();
    }

    @Test
    void publicAddressesArePublic() throws UnknownHostException {
        assertThat(kind("145.100.190.243")).isEqualTo(OutboundAddresses.Kind.PUBLIC);
        assertThat(kind("2001:610:188::1")).isEqualTo(OutboundAddresses.Kind.PUBLIC);
    }

    @Test
    void loopbackAndPrivateRangesAreLocal() throws UnknownHostException {
        for (String a :
                new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.1", "::1", "fd00::1"
                }) {
            assertThat(kind(a)).as(a).isEqualTo(OutboundAddresses.Kind.LOCAL);
        }
        assertThat(kind("172.32.0.1")).isEqualTo(OutboundAddresses.Kind.PUBLIC);
        assertThat(kind("172.15.0.1")).isEqualTo(OutboundAddresses.Kind.PUBLIC);
    }

    @Test
    void metadataLinkLocalSharedAndReservedRangesAreInternal() throws UnknownHostException {
        for (String a : new String[] {
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "100.127.255.254",
            "198.18.0.1",
            "224.0.0.1",
            "255.255.255.255",
            "fe80::1",
            "2001:db8::1",
            "64:ff9b::a9fe:a9fe",
            "2002:a9fe:a9fe::1"
        }) {
            assertThat(kind(a)).as(a).isEqualTo(OutboundAddresses.Kind.INTERNAL);
        }
        assertThat(kind("100.128.0.1")).isEqualTo(OutboundAddresses.Kind.PUBLIC);
    }

    @Test
    void onlyAbsoluteHttpsUrlsWithAHostAndWithoutUserOrFragment() {
        assertThat(refusal(production, "https://idp.example.nl/realms/swv")).isNull();
        assertThat(refusal(production, "http://idp.example.nl")).isEqualTo(OutboundRefused.Reason.URL);
        assertThat(refusal(local, "http://idp.example.nl")).isNull();
        assertThat(refusal(production, "ftp://idp.example.nl")).isEqualTo(OutboundRefused.Reason.URL);
        assertThat(refusal(production, "/realms/swv")).isEqualTo(OutboundRefused.Reason.URL);
        assertThat(refusal(production, "https://user:pw@idp.example.nl")).isEqualTo(OutboundRefused.Reason.URL);
        assertThat(refusal(production, "https://idp.example.nl/#x")).isEqualTo(OutboundRefused.Reason.URL);
        assertThat(refusal(production, "https://exa mple.nl")).isEqualTo(OutboundRefused.Reason.URL);
    }

    @Test
    void literalAddressesAreCheckedBeforeAnyLookupAndOddFormsRefused() {
        assertThat(refusal(production, "https://127.0.0.1")).isEqualTo(OutboundRefused.Reason.ADDRESS);
        assertThat(refusal(local, "http://127.0.0.1:8080")).isNull();
        assertThat(refusal(local, "https://169.254.169.254"))
                .as("internal even where local is allowed")
                .isEqualTo(OutboundRefused.Reason.ADDRESS);
        assertThat(refusal(production, "https://2130706433")).isEqualTo(OutboundRefused.Reason.URL);
        assertThat(refusal(production, "https://[::ffff:10.0.0.1]")).isEqualTo(OutboundRefused.Reason.ADDRESS);
    }
}
