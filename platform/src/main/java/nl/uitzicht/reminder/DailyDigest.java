package nl.uitzicht.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.cluster.ScheduledOnce;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.RegionMember;
import nl.uitzicht.identity.Role;
import nl.uitzicht.mail.Delivery;
import nl.uitzicht.mail.Mailbox;
import nl.uitzicht.opp.OppWorkload;
import nl.uitzicht.opp.SchoolWorklist;
import nl.uitzicht.opp.WorklistItem;
import nl.uitzicht.requestwork.ExtensionsDue;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning ({@code uitzicht.reminders.digest-cron}, Dutch time) one mail per school staff member with
 * what is on their worklist: per school of theirs, how many OPPs are late or due, wait for consent or need
 * their evaluation, with a link to the worklist (ADR 0084). Only their own schools, only the kinds they
 * want; nobody with nothing to do gets a mail. Each region's digest is claimed for the day first ({@link
 * DigestClaims}), so two app nodes never both send it. Without a mail server nothing happens; a mail that
 * fails is logged and the next day's digest lists the items again (the digest is built from the worklist,
 * not from a queue).
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final JdbcTemplate jdbc;
    private final SystemWork system;
    private final DigestClaims claims;
    private final OppWorkload workload;
    private final ExtensionsDue extensions;
    private final AccountDirectory accounts;
    private final SchoolDirectory schools;
    private final ReminderSettingsLookup preferences;
    private final Mailbox mailbox;
    private final ReminderLinks links;
    private final Clock clock;

    DailyDigest(
            JdbcTemplate jdbc,
            SystemWork system,
            DigestClaims claims,
            OppWorkload workload,
            ExtensionsDue extensions,
            AccountDirectory accounts,
            SchoolDirectory schools,
            ReminderSettingsLookup preferences,
            Mailbox mailbox,
            ReminderLinks links,
            Clock clock) {
        this.jdbc = jdbc;
        this.system = system;
        this.claims = claims;
        this.workload = workload;
        this.extensions = extensions;
        this.accounts = accounts;
        this.schools = schools;
        this.preferences = preferences;
        this.mailbox = mailbox;
        this.links = links;
        this.clock = clock;
    }

    /** What one run did: mails sent and mails that failed. */
    record Outcome(int sent, int failed) {}

    @Scheduled(cron = "${uitzicht.reminders.digest-cron:0 30 6 * * *}", zone = "Europe/Amsterdam")
    @ScheduledOnce(name = "reminder-digest", lockAtMostFor = "30m", lockAtLeastFor = "1m")
    void sendToday() {
        send(LocalDate.now(clock));
    }

    /** Sends the digests of {@code today} of every active region not yet claimed for that day. */
    Outcome send(LocalDate today) {
        if (!mailbox.configured()) {
            log.debug("No mail server configured (spring.mail.host): no reminder digest");
            return new Outcome(0, 0);
        }
        Map<UUID, PersonDigest> digests = new LinkedHashMap<>();
        for (Map<String, Object> region : jdbc.queryForList("SELECT id, name FROM region WHERE status = 'ACTIVE'")) {
            UUID id = (UUID) region.get("id");
            String name = (String) region.get("name");
            try {
                TenantContext.runAs(id, () -> system.run(() -> collect(id, name, today, digests)));
            } catch (RuntimeException e) {
                log.warn("Reminder digest of region {} could not be put together: {}", id, e.toString());
            }
        }
        int sent = 0;
        int failed = 0;
        for (PersonDigest digest : digests.values()) {
            Delivery delivery = mailbox.send(digest.mail(today, links));
            if (delivery == Delivery.MAILED) {
                sent++;
            } else {
                failed++;
                log.warn(
                        "Reminder digest for account {} not sent ({}); tomorrow's digest lists the items again",
                        digest.accountId(),
                        delivery);
            }
        }
        if (!digests.isEmpty()) {
            log.info("Reminder digest of {}: {} mails sent, {} failed", today, sent, failed);
        }
        return new Outcome(sent, failed);
    }

    /** In the bound region: claims the day and adds each staff member's schools to their digest. */
    private void collect(UUID region, String regionName, LocalDate today, Map<UUID, PersonDigest> digests) {
        if (!claims.claim(region, today)) {
            log.debug("Reminder digest of region {} for {} already taken", region, today);
            return;
        }
        Map<UUID, List<PersonDigest.Line>> work = new LinkedHashMap<>();
        for (SchoolWorklist school : workload.bySchool(today)) {
            work.put(school.schoolId(), new ArrayList<>(lines(school)));
        }
        extensions
                .bySchool(today)
                .forEach((school, count) -> work.computeIfAbsent(school, s -> new ArrayList<>())
                        .add(new PersonDigest.Line(
                                ReminderKind.EXTENSION_DUE.name(), ReminderKind.EXTENSION_DUE, count)));
        if (work.isEmpty()) {
            claims.recipients(region, today, 0);
            return;
        }
        Map<UUID, String> schoolNames =
                schools.byIds(work.keySet()).stream().collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::name));
        List<RegionMember> staff = accounts.membersOf(region).stream()
                .filter(m -> m.enabled() && m.roles().contains(Role.SCHOOL_STAFF))
                .toList();
        Map<UUID, ReminderSettings> settings = preferences.settingsOf(
                staff.stream().map(RegionMember::accountId).toList());
        int people = 0;
        for (RegionMember member : staff) {
            PersonDigest digest = digests.computeIfAbsent(
                    member.accountId(),
                    id -> new PersonDigest(id, member.email(), member.displayName(), settings.get(id)));
            boolean any = false;
            List<UUID> mine = member.schoolIds().stream()
                    .filter(work::containsKey)
                    .sorted(Comparator.comparing(s -> schoolNames.getOrDefault(s, "")))
                    .toList();
            for (UUID school : mine) {
                any |= digest.add(regionName, schoolNames.getOrDefault(school, "?"), work.get(school));
            }
            if (any) {
                people++;
            } else if (digest.isEmpty()) {
                digests.remove(member.accountId());
            }
        }
        claims.recipients(region, today, people);
    }

    private static List<PersonDigest.Line> lines(SchoolWorklist school) {
        List<PersonDigest.Line> lines = new ArrayList<>();
        for (WorklistItem.Reason reason : WorklistItem.Reason.values()) {
            lines.add(PersonDigest.Line.of(reason, school.count(reason)));
        }
        return lines;
    }
}
