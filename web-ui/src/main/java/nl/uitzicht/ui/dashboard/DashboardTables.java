package nl.uitzicht.ui.dashboard;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.uitzicht.dashboard.Dashboard;
import nl.uitzicht.dashboard.RegionDashboard;
import nl.uitzicht.school.SchoolType;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Dashboard} into the texts and tables that the screen, the CSV files and the PDF all
 * show, so the three can never disagree. Numbers in Dutch notation; suppressed cells stay "&lt; 5".
 */
final class DashboardTables implements Serializable {

    /** Translates a key in the reader's language. */
    @FunctionalInterface
    interface Texts extends Serializable {
        String get(String key, Object... params);
    }

    record Kpi(String id, String label, String value) implements Serializable {}

    private final Texts t;

    DashboardTables(Texts texts) {
        this.t = texts;
    }

    String text(String key, Object... params) {
        return t.get(key, params);
    }

    List<Kpi> kpis(Dashboard d) {
        Double per100 = Dashboard.per100(d.totalOpps(), d.totalPupils());
        Dashboard.Compliance legal = d.quality().checks().getLast();
        return List.of(
                new Kpi("kpi-opps", t.get("dashboard.kpi.opps"), d.totalOpps().text()),
                new Kpi("kpi-per100", t.get("dashboard.kpi.per100"), orDash(per100)),
                new Kpi(
                        "kpi-legal",
                        t.get("dashboard.kpi.legal"),
                        legal.share() == null ? "–" : fmt(legal.share()) + "%"),
                new Kpi("kpi-benchmark", t.get("dashboard.kpi.benchmark"), "50%"));
    }

    /** A category's column heading: marked when it is basic support only where a school's SOP says so. */
    String categoryHeading(Dashboard.Mirror m, Dashboard.MirrorCategory c) {
        return c.inStandard() || !RegionDashboard.STANDARD_REGION.equals(m.standardSource())
                ? c.name()
                : c.name() + " *";
    }

    ReportTable mirror(Dashboard d) {
        Dashboard.Mirror m = d.mirror();
        List<String> header = new ArrayList<>();
        header.add(t.get("dashboard.school"));
        m.categories().forEach(c -> header.add(categoryHeading(m, c)));
        header.add(t.get("dashboard.total"));
        header.add(t.get("dashboard.per100"));
        header.add(t.get("dashboard.mirror.sopGaps"));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < m.schools().size(); r++) {
            Dashboard.MirrorSchool s = m.schools().get(r);
            List<String> row = new ArrayList<>();
            row.add(s.name());
            for (int k = 0; k < m.categories().size(); k++) {
                row.add(m.applies(r, k) ? m.cells().get(r).get(k).text() : t.get("dashboard.mirror.notBasic"));
            }
            row.add(s.total().text());
            row.add(orDash(s.per100()));
            row.add(s.sopGaps() == null ? "–" : Integer.toString(s.sopGaps()));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add(t.get("dashboard.total"));
        m.categories().forEach(c -> totals.add(c.total().text()));
        totals.add(m.total().text());
        totals.add("");
        totals.add("");
        rows.add(totals);
        return new ReportTable(
                "mirror-table", t.get("dashboard.mirror.caption"), "basisondersteuning-spiegel.csv", header, rows);
    }

    ReportTable drillDown(Dashboard.MirrorCategory category, List<RegionDashboard.DrillDown> perSchool) {
        return new ReportTable(
                "drill-table",
                t.get("dashboard.mirror.drillCaption", category.name()),
                "basisondersteuning-per-school.csv",
                List.of(t.get("dashboard.school"), t.get("dashboard.mirror.opps")),
                perSchool.stream()
                        .map(x -> List.of(x.school(), x.opps().text()))
                        .toList());
    }

    ReportTable rates(Dashboard d) {
        return new ReportTable(
                "rates-table",
                t.get("dashboard.rates.caption"),
                "opps-per-school.csv",
                List.of(
                        t.get("dashboard.school"),
                        t.get("dashboard.type"),
                        t.get("dashboard.pupils"),
                        t.get("dashboard.opps"),
                        t.get("dashboard.per100")),
                d.schools().stream()
                        .map(s -> List.of(
                                s.name(),
                                typeName(s.type()),
                                Integer.toString(s.pupils()),
                                s.opps().text(),
                                orDash(s.per100())))
                        .toList());
    }

    ReportTable types(Dashboard d) {
        return new ReportTable(
                "types-table",
                t.get("dashboard.types.caption"),
                "opps-per-schooltype.csv",
                List.of(
                        t.get("dashboard.type"),
                        t.get("dashboard.schools"),
                        t.get("dashboard.pupils"),
                        t.get("dashboard.opps"),
                        t.get("dashboard.per100")),
                d.types().stream()
                        .map(x -> List.of(
                                typeName(x.type()),
                                Integer.toString(x.schools()),
                                Integer.toString(x.pupils()),
                                x.opps().text(),
                                orDash(x.per100())))
                        .toList());
    }

    ReportTable trend(Dashboard d) {
        return new ReportTable(
                "trend-table",
                t.get("dashboard.trend.caption"),
                "opps-per-maand.csv",
                List.of(t.get("dashboard.month"), t.get("dashboard.trend.started")),
                d.trend().stream()
                        .map(m -> List.of(m.month().toString(), m.opps().text()))
                        .toList());
    }

    ReportTable compliance(Dashboard d) {
        return new ReportTable(
                "compliance-table",
                t.get("dashboard.compliance.caption"),
                "automatische-controles.csv",
                List.of(
                        t.get("dashboard.check"),
                        t.get("dashboard.check.due"),
                        t.get("dashboard.check.passing"),
                        t.get("dashboard.check.share")),
                d.quality().checks().stream()
                        .map(c -> List.of(
                                checkName(c),
                                c.due().text(),
                                c.passing().text(),
                                c.share() == null ? "–" : fmt(c.share()) + "%"))
                        .toList());
    }

    String checkName(Dashboard.Compliance c) {
        return t.get("dashboard.check." + c.check());
    }

    String overallScore(Dashboard d) {
        return t.get("dashboard.quality.overall", orDash(d.quality().overallMean()));
    }

    ReportTable items(Dashboard d) {
        return new ReportTable(
                "items-table",
                t.get("dashboard.items.caption"),
                "checklist-consensus.csv",
                List.of(t.get("dashboard.item"), t.get("dashboard.item.opps"), t.get("dashboard.item.mean")),
                d.quality().items().stream()
                        .map(i ->
                                List.of(i.position() + ". " + i.code(), i.opps().text(), orDash(i.mean())))
                        .toList());
    }

    String reachSummary(Dashboard d) {
        Dashboard.Reach r = d.reach();
        return t.get(
                "dashboard.reach.summary",
                r.trainers(),
                r.stakeholders(),
                r.schoolsReached(),
                r.conversations(),
                r.conversationsWithOpps());
    }

    ReportTable reachStatus(Dashboard d) {
        return new ReportTable(
                "reach-status-table",
                t.get("dashboard.reach.statusCaption"),
                "achterban-status.csv",
                List.of(t.get("dashboard.reach.status"), t.get("dashboard.reach.stakeholders")),
                d.reach().byStatus().entrySet().stream()
                        .map(e ->
                                List.of(t.get("dashboard.reach.status." + e.getKey()), Integer.toString(e.getValue())))
                        .toList());
    }

    ReportTable reachMonths(Dashboard d) {
        return new ReportTable(
                "reach-months-table",
                t.get("dashboard.reach.monthsCaption"),
                "gesprekken-per-maand.csv",
                List.of(
                        t.get("dashboard.month"),
                        t.get("dashboard.reach.conversations"),
                        t.get("dashboard.reach.withOpps")),
                d.reach().months().stream()
                        .map(m -> List.of(
                                m.month().toString(),
                                Integer.toString(m.conversations()),
                                Integer.toString(m.withOpps())))
                        .toList());
    }

    /** Every table of a dashboard, made once for the screen, the CSV files and the PDF. */
    record Report(
            ReportTable mirror,
            ReportTable rates,
            ReportTable types,
            ReportTable trend,
            ReportTable compliance,
            ReportTable items,
            ReportTable reachStatus,
            ReportTable reachMonths)
            implements Serializable {

        /** In the order of the screen: what the PDF holds. */
        List<ReportTable> all() {
            return List.of(mirror, rates, types, trend, compliance, items, reachStatus, reachMonths);
        }
    }

    Report report(Dashboard d) {
        return new Report(
                mirror(d), rates(d), types(d), trend(d), compliance(d), items(d), reachStatus(d), reachMonths(d));
    }

    String typeName(@Nullable SchoolType type) {
        return type == null ? "" : t.get("dashboard.schoolType." + type.name());
    }

    static String orDash(@Nullable Double v) {
        return v == null ? "–" : fmt(v);
    }

    static String fmt(double v) {
        return String.format(Locale.forLanguageTag("nl"), "%.1f", v);
    }
}
