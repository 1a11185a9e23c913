package nl.uitzicht.opp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What changed between two versions of a plan: lines only in the newer one (added) or only in the older one (removed). */
public record OppComparison(int olderNo, int newerNo, List<Line> added, List<Line> removed) implements Serializable {

    /** One item of a plan: which part ({@code factor}, {@code perspective}, {@code goal}, ...) and its text. */
    public record Line(String part, String text) implements Serializable {}

    public static OppComparison between(OppContent older, OppContent newer) {
        List<Line> a = lines(older);
        List<Line> b = lines(newer);
        return new OppComparison(
                older.versionNo(),
                newer.versionNo(),
                b.stream().filter(l -> !a.contains(l)).toList(),
                a.stream().filter(l -> !b.contains(l)).toList());
    }

    static List<Line> lines(OppContent c) {
        List<Line> lines = new ArrayList<>();
        c.factors().forEach(f -> lines.add(new Line("factor." + f.kind(), f.description())));
        Uitstroomperspectief p = c.perspective();
        if (p.destination() != null) {
            lines.add(new Line("destination", p.destination().name()));
        }
        if (!p.reasoning().isBlank()) {
            lines.add(new Line("reasoning", p.reasoning()));
        }
        if (!p.needed().isBlank()) {
            lines.add(new Line("needed", p.needed()));
        }
        c.handelingsdeel()
                .goals()
                .forEach(g -> lines.add(new Line(
                        "goal",
                        g.description()
                                + (g.measure() == null || g.measure().isBlank() ? "" : " (" + g.measure() + ")")
                                + (g.targetOn() == null ? "" : " " + g.targetOn()))));
        c.handelingsdeel()
                .interventions()
                .forEach(i -> lines.add(new Line(
                        "intervention",
                        i.description() + " (" + i.performer() + ", " + i.frequency() + ", " + i.level() + ")")));
        c.handelingsdeel()
                .agreements()
                .forEach(a -> lines.add(new Line("agreement", a.party() + ": " + a.description())));
        if (!c.pupilView().isBlank()) {
            lines.add(new Line("pupilView", c.pupilView()));
        }
        return lines;
    }
}
