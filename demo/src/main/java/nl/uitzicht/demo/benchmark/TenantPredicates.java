package nl.uitzicht.demo.benchmark;

import java.util.Collection;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewrites SQL written for row-level security into SQL that carries the tenant itself, for a role that
 * bypasses RLS: every reference to a tenant table, {@code from opp o}, becomes
 * {@code from (select * from opp where tenant_id = '<id>') o}. PostgreSQL flattens such a sub-query, so
 * this is the plan of a hand-written {@code o.tenant_id = '<id>'} predicate. Handles the SQL of
 * the dashboard's queries (tables after FROM or JOIN, with or without an alias); not a general SQL
 * parser. For the benchmark only.
 */
final class TenantPredicates {

    /** Words that may follow a table name where an alias would stand: then the table has no alias. */
    private static final String NOT_AN_ALIAS = "where|join|left|right|inner|outer|full|cross|natural|on|using"
            + "|group|order|having|limit|offset|union|except|intersect|window|for";

    private final Pattern reference;

    /** @param tenantTables the tables under row-level security, each with a {@code tenant_id} column */
    TenantPredicates(Collection<String> tenantTables) {
        if (tenantTables.isEmpty()) {
            throw new IllegalArgumentException("No tenant tables");
        }
        String tables = tenantTables.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        reference = Pattern.compile(
                "\\b(from|join)\\s+(" + tables + ")\\b" + "(?:\\s+(?:as\\s+)?(?!(?:" + NOT_AN_ALIAS
                        + ")\\b)([a-z_][a-z0-9_]*))?",
                Pattern.CASE_INSENSITIVE);
    }

    String rewrite(String sql, UUID tenant) {
        return reference.matcher(sql).replaceAll(m -> {
            String table = m.group(2);
            // PostgreSQL 15 needs an alias for a sub-query in FROM: without one, the table name serves.
            String alias = m.group(3) == null ? table : m.group(3);
            return Matcher.quoteReplacement(
                    m.group(1) + " (select * from " + table + " where tenant_id = '" + tenant + "') " + alias);
        });
    }
}
