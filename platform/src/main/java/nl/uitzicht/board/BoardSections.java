package nl.uitzicht.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.uitzicht.board.BoardReport.Figure;
import nl.uitzicht.board.BoardReport.Kind;
import nl.uitzicht.board.BoardReport.Row;
import nl.uitzicht.board.BoardReport.Section;
import nl.uitzicht.dashboard.Cell;
import nl.uitzicht.dashboard.Dashboard;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.dashboard.SmallCells;
import org.jspecify.annotations.Nullable;

/**
 * Builds the report's sections from the whole region's dashboard of each school year (OPPs per 100 pupils, school
 * types, the automatic checks, the mirror: the dashboard's own figures and suppression) and the board report's own
 * counts ({@link YearFigures}), suppressed here with the dashboard's rules ({@link SmallCells}). No query.
 */
final class BoardSections {

    /** Days per month for a length in months (365.25 / 12). */
    static final double DAYS_PER_MONTH = 30.4375;

    static final List<String> REASONS =
            List.of("GOALS_REACHED", "PUPIL_LEFT", "SPECIAL_EDUCATION", "MOVED_REGION", "OTHER", "UNKNOWN");
    static final List<String> DESTINATIONS = List.of(
            "PRO",
            "VMBO_B",
            "VMBO_K",
            "VMBO_GT",
            "HAVO",
            "VWO",
            "VERVOLGONDERWIJS",
            "ARBEIDSMARKT",
            "DAGBESTEDING",
            "VSO",
            "SBO",
            "SO",
            "UNKNOWN");

    private final List<SchoolYear> years;
    private final List<Dashboard> dashboards;
    private final YearFigures figures;

    private BoardSections(List<SchoolYear> years, List<Dashboard> dashboards, YearFigures figures) {
        this.years = years;
        this.dashboards = dashboards;
        this.figures = figures;
    }

    /** The sections for {@code years} (oldest first), {@code dashboards} being the whole region's of each year. */
    static List<Section> of(List<SchoolYear> years, List<Dashboard> dashboards, YearFigures figures) {
        BoardSections s = new BoardSections(years, dashboards, figures);
        return List.of(
                s.opps(),
                s.types(),
                s.checks(),
                s.inspectie(),
                s.consensus(),
                s.items(),
                s.goals(),
                s.length(),
                s.closedBy("reasons", "REASON", REASONS),
                s.closedBy("destinations", "DESTINATION", DESTINATIONS),
                s.mirror());
    }

    private Section opps() {
        return new Section(
                "opps",
                List.of(
                        row("opps", d -> Figure.count(d.totalOpps())),
                        row("pupils", d -> Figure.plain(d.totalPupils())),
                        row(
                                "per100",
                                d -> Figure.over(
                                        Kind.PER100, d.totalOpps(), Dashboard.per100(d.totalOpps(), d.totalPupils())))),
                "per100",
                null,
                null);
    }

    private Section types() {
        Set<String> types = new LinkedHashSet<>();
        dashboards.forEach(d -> d.types().forEach(t -> types.add(t.type().name())));
        List<Row> rows = types.stream()
                .sorted()
                .map(type -> row(
                        type,
                        d -> d.types().stream()
                                .filter(t -> t.type().name().equals(type))
                                .findFirst()
                                .map(t -> Figure.over(Kind.PER100, t.opps(), t.per100()))
                                .orElse(none(Kind.PER100))))
                .toList();
        return new Section("types", rows, null, null, null);
    }

    private Section checks() {
        List<String> checks = dashboards.getFirst().quality().checks().stream()
                .map(Dashboard.Compliance::check)
                .toList();
        List<Row> rows = checks.stream()
                .map(check -> new Row(
                        check,
                        null,
                        dashboards.stream()
                                .map(d -> d.quality().checks().stream()
                                        .filter(c -> c.check().equals(check))
                                        .findFirst()
                                        .map(BoardSections::share)
                                        .orElse(none(Kind.PERCENT)))
                                .toList(),
                        check.equals("MEETS_LEGAL_REQUIREMENTS") ? InspectieBenchmark.BO_VMBO : null))
                .toList();
        return new Section("checks", rows, "MEETS_LEGAL_REQUIREMENTS", 100.0, InspectieBenchmark.BO_VMBO);
    }

    /** A compliance share: none when nothing was due, too few when the dashboard hid it. */
    private static Figure share(Dashboard.Compliance c) {
        boolean hidden = c.share() == null && c.due().value() > 0;
        return new Figure(Kind.PERCENT, c.share(), false, hidden);
    }

    private Section inspectie() {
        return new Section(
                "inspectie",
                InspectieBenchmark.BY_KIND.entrySet().stream()
                        .map(e -> new Row(e.getKey(), null, List.of(), e.getValue()))
                        .toList(),
                null,
                null,
                null);
    }

    private Section consensus() {
        List<Figure> members = new ArrayList<>();
        List<Figure> means = new ArrayList<>();
        for (YearScore score : consensusScores(years, figures)) {
            members.add(Figure.count(score.members()));
            means.add(Figure.over(Kind.MEAN, score.members(), score.mean()));
        }
        return new Section(
                "consensus",
                List.of(new Row("members", null, members, null), new Row("mean", null, means, null)),
                "mean",
                2.0,
                null);
    }

    /** The consensus per school year of its rounds: members (a cell, suppressed under 5) and their mean when shown. */
    static List<YearScore> consensusScores(List<SchoolYear> years, YearFigures figures) {
        return years.stream()
                .map(y -> {
                    YearFigures.ConsensusYear c = figures.consensus().stream()
                            .filter(x -> x.year() == y.startYear())
                            .findFirst()
                            .orElse(null);
                    Cell members = Cell.of(c == null ? 0 : c.members());
                    boolean shown = c != null && !members.suppressed();
                    return new YearScore(y, members, shown ? round(c.mean(), 2) : null);
                })
                .toList();
    }

    private Section items() {
        // As the scoring screens show an item: its position and statement; the latest year's wording (the years come
        // oldest first), with the code as a reference because the wording may change between checklist versions.
        Map<Integer, String> names = new java.util.TreeMap<>();
        figures.items().forEach(i -> names.put(i.position(), itemName(i)));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, String> item : names.entrySet()) {
            List<Figure> values = new ArrayList<>();
            for (SchoolYear y : years) {
                YearFigures.ItemYear found = figures.items().stream()
                        .filter(i -> i.year() == y.startYear() && i.position() == item.getKey())
                        .findFirst()
                        .orElse(null);
                Cell n = Cell.of(found == null ? 0 : found.members());
                values.add(Figure.over(Kind.MEAN, n, found == null ? null : round(found.mean(), 2)));
            }
            rows.add(new Row("item" + item.getKey(), item.getValue(), values, null));
        }
        return new Section("items", rows, null, 2.0, null);
    }

    static String itemName(YearFigures.ItemYear item) {
        return item.statement() == null
                ? item.position() + ". " + item.code()
                : item.position() + ". " + item.statement() + " (" + item.code() + ")";
    }

    private Section goals() {
        List<Figure> pupils = new ArrayList<>();
        List<List<Figure>> results = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (SchoolYear y : years) {
            YearFigures.GoalYear g = figures.goals().stream()
                    .filter(x -> x.year() == y.startYear())
                    .findFirst()
                    .orElse(new YearFigures.GoalYear(y.startYear(), 0, 0, 0, 0));
            Cell n = Cell.of(g.pupils());
            pupils.add(Figure.count(n));
            boolean tooFew = n.suppressed();
            List<Cell> split = SmallCells.protectLine(List.of(g.achieved(), g.partly(), g.notAchieved()), g.goals());
            int[] counts = {g.achieved(), g.partly(), g.notAchieved()};
            for (int k = 0; k < 3; k++) {
                Double share = g.goals() == 0 ? null : round(counts[k] * 100.0 / g.goals(), 1);
                boolean hidden =
                        tooFew || split.get(k).suppressed() || split.getLast().suppressed();
                results.get(k).add(new Figure(Kind.PERCENT, hidden ? null : share, false, hidden));
            }
        }
        return new Section(
                "goals",
                List.of(
                        new Row("pupils", null, pupils, null),
                        new Row("ACHIEVED", null, results.get(0), null),
                        new Row("PARTLY", null, results.get(1), null),
                        new Row("NOT_ACHIEVED", null, results.get(2), null)),
                "ACHIEVED",
                100.0,
                null);
    }

    private Section length() {
        List<Figure> closed = new ArrayList<>();
        List<Figure> mean = new ArrayList<>();
        List<Figure> median = new ArrayList<>();
        for (SchoolYear y : years) {
            YearFigures.ClosedYear c = figures.closed().stream()
                    .filter(x -> x.year() == y.startYear())
                    .findFirst()
                    .orElse(null);
            Cell n = Cell.of(c == null ? 0 : c.opps());
            closed.add(Figure.count(n));
            mean.add(Figure.over(Kind.MONTHS, n, c == null ? null : round(c.meanDays() / DAYS_PER_MONTH, 1)));
            median.add(Figure.over(Kind.MONTHS, n, c == null ? null : round(c.medianDays() / DAYS_PER_MONTH, 1)));
        }
        return new Section(
                "length",
                List.of(
                        new Row("closed", null, closed, null),
                        new Row("meanMonths", null, mean, null),
                        new Row("medianMonths", null, median, null)),
                "meanMonths",
                null,
                null);
    }

    /** OPPs closed per year by reason or destination: each year's line protected against its total. */
    private Section closedBy(String key, String kind, List<String> known) {
        Set<String> values = new LinkedHashSet<>();
        figures.closedGroups().stream()
                .filter(g -> g.kind().equals(kind))
                .map(YearFigures.ClosedGroup::value)
                .sorted(Comparator.comparing((String v) -> known.indexOf(v) < 0 ? known.size() : known.indexOf(v))
                        .thenComparing(v -> v))
                .forEach(values::add);
        List<String> order = List.copyOf(values);
        List<List<Figure>> columns = new ArrayList<>();
        for (SchoolYear y : years) {
            List<Integer> counts = order.stream()
                    .map(v -> figures.closedGroups().stream()
                            .filter(g -> g.year() == y.startYear()
                                    && g.kind().equals(kind)
                                    && g.value().equals(v))
                            .mapToInt(YearFigures.ClosedGroup::opps)
                            .sum())
                    .toList();
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            List<Cell> cells = SmallCells.protectLine(counts, total);
            columns.add(
                    cells.subList(0, order.size()).stream().map(Figure::count).toList());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int row = i;
            rows.add(new Row(
                    order.get(i), null, columns.stream().map(c -> c.get(row)).toList(), null));
        }
        return new Section(key, rows, null, null, null);
    }

    /** The mirror's categories per year: pupils with extra support in basic support, ranked by the latest year. */
    private Section mirror() {
        Map<UUID, String> names = new LinkedHashMap<>();
        dashboards.forEach(d -> d.mirror().categories().forEach(c -> names.putIfAbsent(c.categoryId(), c.name())));
        Dashboard latest = dashboards.getLast();
        Function<UUID, Integer> latestCount = id -> latest.mirror().categories().stream()
                .filter(c -> c.categoryId().equals(id))
                .findFirst()
                .map(c -> c.total().suppressed() ? 0 : c.total().value())
                .orElse(0);
        List<Row> rows = new ArrayList<>();
        rows.add(row("total", d -> Figure.count(d.mirror().total())));
        names.keySet().stream()
                .sorted(Comparator.comparing((UUID id) -> -latestCount.apply(id))
                        .thenComparing(names::get))
                .forEach(id -> rows.add(new Row(
                        id.toString(),
                        names.get(id),
                        dashboards.stream()
                                .map(d -> d.mirror().categories().stream()
                                        .filter(c -> c.categoryId().equals(id))
                                        .findFirst()
                                        .map(c -> Figure.count(c.total()))
                                        .orElse(none(Kind.COUNT)))
                                .toList(),
                        null)));
        return new Section("mirror", rows, "total", null, null);
    }

    private Row row(String key, Function<Dashboard, Figure> figure) {
        return new Row(key, null, dashboards.stream().map(figure).toList(), null);
    }

    private static Figure none(Kind kind) {
        return new Figure(kind, null, false, false);
    }

    static @Nullable Double round(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }
}
