package nl.uitzicht.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.uitzicht.identity.MailCodes;
import nl.uitzicht.identity.MailCodes.Outcome;
import nl.uitzicht.identity.MailCodes.Sending;
import nl.uitzicht.identity.SecondFactors;
import nl.uitzicht.identity.SecondFactors.CodeCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The login's second step for people who switched on a second factor. After the password (or the
 * region's own provider) the person is parked in the session, not signed in: the session holds no
 * authentication until the code from their app is right. A parked login expires after five minutes.
 * A parent who chose codes by e-mail (ADR 0088) is mailed a code when parked, and may ask for a new one.
 */
@Component
public class SecondStep {

    /** Where the person types the code. */
    public static final String PATH = "login/code";

    static final String PENDING = SecondStep.class.getName() + ".pending";
    static final Duration VALID_FOR = Duration.ofMinutes(5);
    static final String MAIL_NOT_SENT = SecondStep.class.getName() + ".mailNotSent";

    private final SecondFactors secondFactors;
    private final MailCodes mailCodes;
    private final SecurityContexts contexts;
    private final Clock clock;

    SecondStep(SecondFactors secondFactors, MailCodes mailCodes, SecurityContexts contexts, Clock clock) {
        this.clock = clock;
        this.mailCodes = mailCodes;
        this.secondFactors = secondFactors;
        this.contexts = contexts;
    }

    private record Pending(SignedInUser user, Instant since) implements Serializable {}

    /** Whether this person must still give a code; if so, parks them in the session. */
    boolean parkIfNeeded(SignedInUser user, HttpServletRequest request) {
        if (!secondFactors.isEnabled(user.accountId())) {
            return false;
        }
        request.getSession().setAttribute(PENDING, new Pending(user, clock.instant()));
        request.getSession().removeAttribute(MAIL_NOT_SENT);
        if (mailCodes.isEnabled(user.accountId())
                && mailCodes.send(user.accountId(), request.getRemoteAddr()).outcome() == Outcome.NOT_SENT) {
            request.getSession().setAttribute(MAIL_NOT_SENT, Boolean.TRUE);
        }
        return true;
    }

    /** Whether the code could not be mailed when the login was parked (the page says so instead of "sent"). */
    public boolean mailNotSent() {
        HttpSession session = currentRequest().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(MAIL_NOT_SENT));
    }

    /** Whether the parked login's code comes by e-mail (not from an app). */
    public boolean byMail() {
        Pending pending = pending(currentRequest().getSession(false));
        return pending != null && mailCodes.isEnabled(pending.user().accountId());
    }

    /** Mails a new code for the parked login (limited); empty when there is no parked login (any more). */
    public Optional<Sending> resend() {
        HttpServletRequest request = currentRequest();
        Pending pending = pending(request.getSession(false));
        if (pending == null || !mailCodes.isEnabled(pending.user().accountId())) {
            return Optional.empty();
        }
        return Optional.of(mailCodes.send(pending.user().accountId(), request.getRemoteAddr()));
    }

    /** Whether this session has a login waiting for its code. */
    public boolean pending() {
        return pending(currentRequest().getSession(false)) != null;
    }

    /**
     * Checks the code of the parked login; when right, signs the person in (with a new session id).
     * Empty when there is no parked login (any more): start again at the login page.
     */
    public Optional<CodeCheck> complete(String code) {
        HttpServletRequest request = currentRequest();
        Pending pending = pending(request.getSession(false));
        if (pending == null) {
            return Optional.empty();
        }
        CodeCheck check = secondFactors.verify(pending.user().accountId(), code, request.getRemoteAddr());
        if (check.accepted()) {
            request.changeSessionId();
            HttpSession session = request.getSession();
            session.removeAttribute(PENDING);
            SecurityContext context = contexts.strategy().createEmptyContext();
            context.setAuthentication(new UitzichtAuthentication(pending.user()));
            contexts.strategy().setContext(context);
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
        return Optional.of(check);
    }

    /** Drops the parked login. */
    public void cancel() {
        HttpSession session = currentRequest().getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    private @Nullable Pending pending(@Nullable HttpSession session) {
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return null;
        }
        if (pending.since().plus(VALID_FOR).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return null;
        }
        return pending;
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
