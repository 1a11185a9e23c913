package nl.uitzicht.ui.dashboard;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.uitzicht.dashboard.Cell;
import nl.uitzicht.dashboard.RequestFigures;
import nl.uitzicht.ui.kit.Money;
import org.jspecify.annotations.Nullable;

/**
 * Turns {@link RequestFigures} into the texts and tables the request dashboard's screen and CSV files show, so they
 * cannot disagree. Suppressed counts stay "&lt; 5"; a rate, median, share or amount that goes with one is "–".
 */
final class RequestDashboardTables implements Serializable {

    private final DashboardTables.Texts t;

    RequestDashboardTables(DashboardTables.Texts texts) {
        this.t = texts;
    }

    List<DashboardTables.Kpi> kpis(RequestFigures f) {
        RequestFigures.LeadTime all = f.leadTimes().getLast();
        return List.of(
                new DashboardTables.Kpi(
                        "kpi-requests",
                        t.get("requestdash.kpi.requests"),
                        f.requests().text()),
                new DashboardTables.Kpi("kpi-granted", t.get("requestdash.kpi.granted"), outcome(f, "GRANTED")),
                new DashboardTables.Kpi("kpi-refused", t.get("requestdash.kpi.refused"), outcome(f, "REFUSED")),
                new DashboardTables.Kpi(
                        "kpi-overdue",
                        t.get("requestdash.kpi.overdue"),
                        f.overdueNow().text()),
                new DashboardTables.Kpi(
                        "kpi-median", t.get("requestdash.kpi.median"), DashboardTables.orDash(all.medianDays())),
                new DashboardTables.Kpi(
                        "kpi-ontime",
                        t.get("requestdash.kpi.onTime"),
                        all.onTimeShare() == null ? "–" : DashboardTables.fmt(all.onTimeShare()) + "%"));
    }

    private static String outcome(RequestFigures f, String outcome) {
        return f.outcomeTotals().get(f.outcomes().indexOf(outcome)).text();
    }

    String typeName(@Nullable String type) {
        return type == null ? t.get("requestdash.allTypes") : t.get("requestdash.type." + type);
    }

    String outcomeName(String outcome) {
        return t.get("requestdash.outcome." + outcome);
    }

    ReportTable byType(RequestFigures f) {
        return perSchool(
                f,
                f.types().stream().map(this::typeName).toList(),
                RequestFigures.SchoolRequests::byType,
                f.typeTotals(),
                "requests-type-table",
                t.get("requestdash.byType.caption"),
                "aanvragen-per-school-en-soort.csv");
    }

    ReportTable schoolOutcomes(RequestFigures f) {
        return perSchool(
                f,
                f.outcomes().stream().map(this::outcomeName).toList(),
                RequestFigures.SchoolRequests::byOutcome,
                f.outcomeTotals(),
                "requests-outcome-table",
                t.get("requestdash.schoolOutcomes.caption"),
                "besluiten-per-school.csv");
    }

    /** One row per school with its cells in the given columns, its total, and a totals row. */
    private ReportTable perSchool(
            RequestFigures f,
            List<String> columns,
            java.util.function.Function<RequestFigures.SchoolRequests, List<? extends Cell>> cells,
            List<? extends Cell> columnTotals,
            String id,
            String caption,
            String fileName) {
        List<String> header = new ArrayList<>();
        header.add(t.get("dashboard.school"));
        header.addAll(columns);
        header.add(t.get("dashboard.total"));
        List<List<String>> rows = new ArrayList<>();
        for (RequestFigures.SchoolRequests s : f.schools()) {
            List<String> row = new ArrayList<>();
            row.add(s.name());
            cells.apply(s).forEach(c -> row.add(c.text()));
            row.add(s.total().text());
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add(t.get("dashboard.total"));
        columnTotals.forEach(c -> totals.add(c.text()));
        totals.add(f.requests().text());
        rows.add(totals);
        return new ReportTable(id, caption, fileName, header, rows);
    }

    ReportTable typeOutcomes(RequestFigures f) {
        List<String> header = new ArrayList<>();
        header.add(t.get("requestdash.type"));
        f.outcomes().forEach(o -> header.add(outcomeName(o)));
        header.add(t.get("dashboard.total"));
        List<List<String>> rows = new ArrayList<>();
        for (RequestFigures.TypeOutcomes x : f.byType()) {
            List<String> row = new ArrayList<>();
            row.add(typeName(x.type()));
            x.byOutcome().forEach(c -> row.add(c.text()));
            row.add(x.total().text());
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add(t.get("dashboard.total"));
        f.outcomeTotals().forEach(c -> totals.add(c.text()));
        totals.add(f.requests().text());
        rows.add(totals);
        return new ReportTable(
                "type-outcome-table",
                t.get("requestdash.typeOutcomes.caption"),
                "besluiten-per-soort.csv",
                header,
                rows);
    }

    ReportTable tlvTrend(RequestFigures f) {
        RequestFigures.TlvTrend trend = f.tlvTrend();
        List<String> header = new ArrayList<>();
        header.add(t.get("dashboard.school"));
        trend.years().forEach(y -> header.add(y.label()));
        List<List<String>> rows = new ArrayList<>();
        for (RequestFigures.TlvSchool s : trend.schools()) {
            List<String> row = new ArrayList<>();
            row.add(s.name());
            for (int k = 0; k < trend.years().size(); k++) {
                row.add(rate(s.tlvs().get(k), s.per100(k)));
            }
            rows.add(row);
        }
        List<String> region = new ArrayList<>();
        region.add(t.get("requestdash.region"));
        for (int k = 0; k < trend.years().size(); k++) {
            region.add(rate(trend.region().get(k), trend.regionPer100(k)));
        }
        rows.add(region);
        return new ReportTable(
                "tlv-trend-table", t.get("requestdash.tlv.caption"), "tlv-per-100-leerlingen.csv", header, rows);
    }

    /** "1,2 (6)": the rate and the count it comes from; "< 5" when suppressed. */
    private static String rate(Cell count, @Nullable Double per100) {
        return count.suppressed() ? Cell.SUPPRESSED_TEXT : DashboardTables.orDash(per100) + " (" + count.text() + ")";
    }

    ReportTable leadTimes(RequestFigures f) {
        return new ReportTable(
                "lead-time-table",
                t.get("requestdash.lead.caption"),
                "doorlooptijden.csv",
                List.of(
                        t.get("requestdash.type"),
                        t.get("requestdash.lead.decided"),
                        t.get("requestdash.lead.median"),
                        t.get("requestdash.lead.onTime"),
                        t.get("requestdash.lead.share")),
                f.leadTimes().stream()
                        .map(l -> List.of(
                                typeName(l.type()),
                                l.decided().text(),
                                DashboardTables.orDash(l.medianDays()),
                                l.onTime().text(),
                                l.onTimeShare() == null ? "–" : DashboardTables.fmt(l.onTimeShare()) + "%"))
                        .toList());
    }

    ReportTable spending(RequestFigures f, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (RequestFigures.SchoolSpending s : f.spending().schools()) {
            rows.add(spendingRow(s.name(), s, locale));
        }
        rows.add(spendingRow(t.get("dashboard.total"), f.spending().total(), locale));
        return new ReportTable(
                "spending-table",
                t.get("requestdash.spending.caption"),
                "arrangementen-tegen-budget.csv",
                List.of(
                        t.get("dashboard.school"),
                        t.get("requestdash.spending.arrangements"),
                        t.get("requestdash.spending.amount"),
                        t.get("requestdash.spending.budgetAmount"),
                        t.get("requestdash.spending.amountUsed"),
                        t.get("requestdash.spending.hours"),
                        t.get("requestdash.spending.budgetHours"),
                        t.get("requestdash.spending.hoursUsed")),
                rows);
    }

    private static List<String> spendingRow(String name, RequestFigures.SchoolSpending s, Locale locale) {
        return List.of(
                name,
                s.arrangements().text(),
                Money.euros(locale, s.amount()),
                Money.euros(locale, s.budgetAmount()),
                s.amountUsed() == null ? "–" : DashboardTables.fmt(s.amountUsed()) + "%",
                Money.hours(locale, s.hours()),
                Money.hours(locale, s.budgetHours()),
                s.hoursUsed() == null ? "–" : DashboardTables.fmt(s.hoursUsed()) + "%");
    }

    ReportTable askingSchools(RequestFigures f) {
        return new ReportTable(
                "asking-schools-table",
                t.get("requestdash.asks.caption"),
                "aanvragen-basisondersteuning-per-school.csv",
                List.of(
                        t.get("dashboard.school"),
                        t.get("requestdash.asks.requests"),
                        t.get("requestdash.asks.basic"),
                        t.get("dashboard.per100")),
                f.basicSupport().schools().stream()
                        .map(s -> List.of(
                                s.name(),
                                s.requests().text(),
                                s.basicSupportRequests().text(),
                                DashboardTables.orDash(s.per100())))
                        .toList());
    }

    ReportTable askedCategories(RequestFigures f) {
        List<List<String>> rows = new ArrayList<>();
        f.basicSupport()
                .categories()
                .forEach(c -> rows.add(List.of(c.name(), c.requests().text())));
        rows.add(List.of(t.get("dashboard.total"), f.basicSupport().total().text()));
        return new ReportTable(
                "asked-categories-table",
                t.get("requestdash.asks.categoriesCaption"),
                "aanvragen-basisondersteuning-per-categorie.csv",
                List.of(t.get("requestdash.asks.category"), t.get("requestdash.asks.basic")),
                rows);
    }

    /** Every table, made once for the screen and the CSV files. */
    record Report(
            ReportTable byType,
            ReportTable schoolOutcomes,
            ReportTable typeOutcomes,
            ReportTable tlvTrend,
            ReportTable leadTimes,
            ReportTable spending,
            ReportTable askingSchools,
            ReportTable askedCategories)
            implements Serializable {}

    Report report(RequestFigures f, Locale locale) {
        return new Report(
                byType(f),
                schoolOutcomes(f),
                typeOutcomes(f),
                tlvTrend(f),
                leadTimes(f),
                spending(f, locale),
                askingSchools(f),
                askedCategories(f));
    }
}
