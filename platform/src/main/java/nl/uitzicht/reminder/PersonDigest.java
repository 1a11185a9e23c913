package nl.uitzicht.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.mail.OutgoingMail;
import nl.uitzicht.opp.WorklistItem;

/**
 * One person's daily digest: per region and school, how many OPPs (and decisions on requests) need attention and why (only the kinds
 * the person wants). Counts and links, never a pupil (ADR 0084).
 */
final class PersonDigest {

    /** One school's lines: the counts by reason, in the worklist's order. */
    record SchoolLines(String regionName, String schoolName, List<Line> lines) {}

    /**
     * How many items of one kind: {@code key} names the mail text ({@code digest.<key>}), the worklist's reason or
     * {@link ReminderKind#EXTENSION_DUE}.
     */
    record Line(String key, ReminderKind kind, int count) {

        static Line of(WorklistItem.Reason reason, int count) {
            return new Line(reason.name(), ReminderKind.of(reason), count);
        }
    }

    private final UUID accountId;
    private final String email;
    private final String displayName;
    private final ReminderSettings settings;
    private final List<SchoolLines> schools = new ArrayList<>();

    PersonDigest(UUID accountId, String email, String displayName, ReminderSettings settings) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.settings = settings;
    }

    UUID accountId() {
        return accountId;
    }

    String email() {
        return email;
    }

    List<SchoolLines> schools() {
        return List.copyOf(schools);
    }

    /** Adds a school's counts, leaving out the kinds the person switched off; whether anything was left. */
    boolean add(String regionName, String schoolName, List<Line> counts) {
        List<Line> wanted = counts.stream()
                .filter(l -> l.count() > 0 && settings.wants(l.kind()))
                .toList();
        if (!wanted.isEmpty()) {
            schools.add(new SchoolLines(regionName, schoolName, wanted));
        }
        return !wanted.isEmpty();
    }

    boolean isEmpty() {
        return schools.isEmpty();
    }

    OutgoingMail mail(LocalDate today, ReminderLinks links) {
        MailTexts texts = MailTexts.in(settings.language());
        StringBuilder body = new StringBuilder();
        body.append(texts.text("digest.greeting", displayName)).append("\n\n");
        body.append(texts.text("digest.intro")).append("\n");
        String region = null;
        for (SchoolLines school : schools) {
            if (!school.regionName().equals(region)) {
                region = school.regionName();
                body.append("\n").append(region).append("\n");
            }
            body.append("\n  ").append(school.schoolName()).append("\n");
            for (Line line : school.lines()) {
                body.append("  - ")
                        .append(texts.text("digest." + line.key(), line.count()))
                        .append("\n");
            }
        }
        body.append("\n").append(texts.text("digest.open", links.worklist())).append("\n\n");
        body.append("--\n")
                .append(texts.text("digest.footer", links.settings()))
                .append("\n");
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(texts.locale())
                .format(today);
        return new OutgoingMail(email, texts.text("digest.subject", date), body.toString(), "Reminder digest");
    }
}
