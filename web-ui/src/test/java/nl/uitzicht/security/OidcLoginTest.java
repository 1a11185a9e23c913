package nl.uitzicht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.IdentityLinks;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.Role;
import nl.uitzicht.invitation.InvitationAcceptance;
import nl.uitzicht.invitation.Invitations;
import nl.uitzicht.invitation.IssuedInvitation;
import nl.uitzicht.tenancy.RegionDirectory;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Login through a region's own OIDC provider, end to end against a real OIDC server
 * (mock-oauth2-server, one issuer per region). The provider vouches for a person in its own region
 * only: a login matches the provider's (issuer, subject), linked when the person accepted an
 * invitation through the provider with that address verified, never an e-mail claim alone; it
 * opens that region and no other, and never the region choice.
 */
@AppTest
class OidcLoginTest {

    static final MockOAuth2Server oidc = TestOidcServer.shared();
    static final AtomicInteger counter = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    SystemWork systemWork;

    @Autowired
    IdentityProviderSettings providers;

    @Autowired
    RegionDirectory regions;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    IdentityLinks links;

    @Autowired
    Invitations invitations;

    @Autowired
    InvitationAcceptance acceptance;

    @Autowired
    TestSignIn signIn;

    @Autowired
    SignInResolver resolver;

    @Autowired
    RegionSwitcher switcher;

    @Autowired
    SecurityContexts contexts;

    UUID waterlinie;
    UUID heuvelrug;

    @BeforeEach
    void eachRegionUsesItsOwnProvider() {
        waterlinie = regions.findByCode("PO2999").orElseThrow().getId();
        heuvelrug = regions.findByCode("VO2999").orElseThrow().getId();
        systemWork.run(() -> {
            providers.configure(waterlinie, issuer("waterlinie"), "uitzicht-po", "po-secret", "email", null);
            providers.configure(heuvelrug, issuer("heuvelrug"), "uitzicht-vo", "vo-secret", "email", null);
        });
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
        contexts.strategy().clearContext();
    }

    private static String issuer(String id) {
        return oidc.issuerUrl(id).toString();
    }

    /** Follows redirects itself: the JDK client stops after five, an invitation's login takes six. */
    private HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Where a browser ends up, and the addresses it passed on the way (the last first). */
    private record Visit(URI uri, int status, List<String> hops) {}

    /** The provider's next login: this subject with these claims. */
    private static void nextLogin(String issuerId, String clientId, String subject, Map<String, Object> claims) {
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback(
                issuerId, subject, JOSEObjectType.JWT.getType(), List.of(clientId), claims, 3600));
    }

    private static Map<String, Object> email(String address, boolean verified) {
        return Map.of("email", address, "email_verified", verified);
    }

    private Visit get(HttpClient browser, String path) throws Exception {
        URI uri = URI.create("http://localhost:" + port + path);
        List<String> hops = new ArrayList<>();
        for (int hop = 0; hop < 12; hop++) {
            hops.addFirst(uri.toString());
            HttpResponse<String> response =
                    browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return new Visit(uri, response.statusCode(), hops);
            }
            uri = uri.resolve(location.get());
        }
        throw new AssertionError("Too many redirects: " + hops);
    }

    private String invite(String email) {
        SignedInUser admin = signIn.as("beheer@waterlinie.demo");
        try {
            IssuedInvitation issued = invitations.invite(
                    email,
                    "Nina Nieuw",
                    Set.of(Role.POLICY),
                    Set.of(),
                    new Actor(admin.accountId(), admin.displayName()),
                    "http://localhost:" + port);
            return issued.link().substring(issued.link().lastIndexOf('/') + 1);
        } finally {
            TestSignIn.signOut();
        }
    }

    @Test
    void anInvitationAcceptedThroughTheProviderLinksTheSubjectAndLaterLoginsMatchOnlyThat() throws Exception {
        int n = counter.incrementAndGet();
        String address = "nina" + n + "@waterlinie.demo";
        String token = invite(address);

        HttpClient browser = browser();
        nextLogin("waterlinie", "uitzicht-po", "sub-nina-" + n, email(address, true));
        Visit landed = get(browser, "/uitnodiging/" + token + "/inloggen");
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.status()).isEqualTo(200);
        assertThat(landed.hops()).anyMatch(uri -> uri.startsWith(issuer("waterlinie")));
        assertThat(get(browser, "/").uri().getPath())
                .as("logged in: no detour via the login page")
                .isEqualTo("/");

        UUID account = systemWork.call(
                () -> accounts.findByEmail(address).orElseThrow().id());
        assertThat(systemWork.call(() -> links.accountFor(waterlinie, issuer("waterlinie"), "sub-nina-" + n)))
                .contains(account);
        assertThat(systemWork.call(() -> accounts.membershipIn(account, waterlinie)))
                .isPresent();
        assertThat(acceptance.landing(token).usable())
                .as("the invitation is used up")
                .isFalse();

        // Decided: the subject is the provider's lasting name for the person; the address may
        // change at the provider (and is not even needed any more), the link holds.
        nextLogin("waterlinie", "uitzicht-po", "sub-nina-" + n, email("nina.nieuw" + n + "@elders.example", false));
        assertThat(get(browser(), "/oauth2/authorization/PO2999").uri().getPath())
                .isEqualTo("/");
    }

    @Test
    void aSubjectThatIsNotLinkedIsRefusedEvenWithTheVerifiedAddressOfAMember() throws Exception {
        HttpClient browser = browser();
        nextLogin(
                "waterlinie",
                "uitzicht-po",
                "sub-onbekend-" + counter.incrementAndGet(),
                email("ib@waterlinie.demo", true));
        assertThat(get(browser, "/oauth2/authorization/PO2999").uri().toString())
                .endsWith("/login?notlinked");
        assertThat(get(browser, "/").uri().getPath())
                .as("the session was not kept")
                .isEqualTo("/login");
    }

    @Test
    void anUnverifiedAddressCannotAcceptAnInvitation() throws Exception {
        int n = counter.incrementAndGet();
        String address = "onbevestigd" + n + "@waterlinie.demo";
        String token = invite(address);
        nextLogin("waterlinie", "uitzicht-po", "sub-onbevestigd-" + n, email(address, false));
        assertThat(get(browser(), "/uitnodiging/" + token + "/inloggen").uri().toString())
                .endsWith("/login?unverified");

        Map<String, Object> withoutClaim = new HashMap<>(Map.of("email", address));
        nextLogin("waterlinie", "uitzicht-po", "sub-onbevestigd-" + n, withoutClaim);
        assertThat(get(browser(), "/uitnodiging/" + token + "/inloggen").uri().toString())
                .as("no email_verified claim at all")
                .endsWith("/login?unverified");

        assertThat(systemWork.call(() -> acceptance.landing(token).usable()))
                .as("still open")
                .isTrue();
        assertThat(systemWork.call(() -> accounts.findByEmail(address))).isEmpty();
        assertThat(systemWork.call(() -> links.accountFor(waterlinie, issuer("waterlinie"), "sub-onbevestigd-" + n)))
                .isEmpty();
    }

    @Test
    void anInvitationNeedsTheInvitedAddress() throws Exception {
        int n = counter.incrementAndGet();
        String token = invite("bedoeld" + n + "@waterlinie.demo");
        nextLogin("waterlinie", "uitzicht-po", "sub-ander-" + n, email("iemand" + n + "@elders.example", true));
        assertThat(get(browser(), "/uitnodiging/" + token + "/inloggen").uri().toString())
                .endsWith("/login?invitation");
        assertThat(acceptance.landing(token).usable()).isTrue();
        assertThat(links.accountFor(waterlinie, issuer("waterlinie"), "sub-ander-" + n))
                .isEmpty();
    }

    @Test
    void aLoginThroughRegionAOpensRegionAOnlyNeverTheRegionChoice() throws Exception {
        int n = counter.incrementAndGet();
        UUID trainer = systemWork.call(() ->
                accounts.findByEmail("trainer@waterlinie.demo").orElseThrow().id());
        assertThat(systemWork.call(() -> accounts.membershipsOf(trainer)))
                .as("a member of both regions")
                .hasSize(2);
        systemWork.run(() -> links.link(trainer, waterlinie, issuer("waterlinie"), "sub-trainer-" + n));

        // as at a real login: the provider's login token is the request's authentication while it is resolved
        var login = loginThrough("PO2999", "waterlinie", "sub-trainer-" + n, "trainer@waterlinie.demo");
        contexts.strategy().getContext().setAuthentication(login);
        SignedInUser user = resolver.resolve(login, null).orElseThrow();
        assertThat(user.region()).isNotNull();
        assertThat(user.region().regionId()).isEqualTo(waterlinie);
        assertThat(user.boundRegion()).isEqualTo(user.region().regionId());
        assertThat(user.canSwitchRegion()).as("no region choice").isFalse();

        contexts.strategy().getContext().setAuthentication(new UitzichtAuthentication(user));
        assertThat(switcher.choices()).extracting(m -> m.regionId()).containsExactly(waterlinie);
        assertThatThrownBy(() -> switcher.switchTo(heuvelrug)).isInstanceOf(AccessDeniedException.class);

        // The same person through region B's provider: B's (issuer, subject) is linked to no one,
        // although the address is a member of B.
        nextLogin("heuvelrug", "uitzicht-vo", "sub-trainer-" + n, email("trainer@waterlinie.demo", true));
        assertThat(get(browser(), "/oauth2/authorization/VO2999").uri().toString())
                .endsWith("/login?notlinked");
        // And a member of B only, through A's provider.
        nextLogin("waterlinie", "uitzicht-po", "sub-zorg-" + n, email("zorg@heuvelrug.demo", true));
        assertThat(get(browser(), "/oauth2/authorization/PO2999").uri().toString())
                .endsWith("/login?notlinked");
    }

    @Test
    void anInvitationWaitingInTheSessionIsOnlyUsedByALoginThroughItsOwnRegion() {
        int n = counter.incrementAndGet();
        String address = "verkeerd" + n + "@waterlinie.demo";
        String token = invite(address);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                PendingInvitation.SESSION_KEY,
                PendingInvitation.startingNow(token, "PO2999", java.time.Clock.systemUTC()));
        assertThatThrownBy(() ->
                        resolver.resolve(loginThrough("VO2999", "heuvelrug", "sub-verkeerd-" + n, address), session))
                .isInstanceOf(SignInRefused.class)
                .hasMessage(SignInRefused.NOT_LINKED);
        assertThat(session.getAttribute(PendingInvitation.SESSION_KEY))
                .as("used once, also when refused")
                .isNull();
        assertThat(acceptance.landing(token).usable()).isTrue();
    }

    /** What Spring Security hands over after a successful code flow through a region's registration. */
    private static OAuth2AuthenticationToken loginThrough(
            String regionCode, String issuerId, String subject, String address) {
        Map<String, Object> claims = new HashMap<>(email(address, true));
        claims.put("sub", subject);
        claims.put("iss", issuer(issuerId));
        OidcIdToken idToken =
                new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), claims);
        return new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(), idToken), List.of(), regionCode);
    }
}
