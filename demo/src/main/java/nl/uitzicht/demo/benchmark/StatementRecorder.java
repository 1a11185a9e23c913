package nl.uitzicht.demo.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A {@link NamedParameterJdbcTemplate} that runs every statement as usual and also writes it down as
 * plain JDBC (positional SQL and its arguments), so {@link DashboardBenchmark} can replay exactly the
 * statements the dashboard runs ({@link nl.uitzicht.dashboard.DashboardProbe#computeWith}) without a
 * copy of its SQL. For the benchmark only.
 */
final class StatementRecorder extends NamedParameterJdbcTemplate {

    /** One statement as run: SQL with {@code ?} placeholders and the arguments in their order. */
    record Statement(String sql, Object[] args) {

        /** A short name for reports: the statement's first line, shortened. */
        String label() {
            String first = sql.strip().lines().findFirst().orElse("").replaceAll("\\s+", " ");
            return first.length() <= 60 ? first : first.substring(0, 57) + "...";
        }
    }

    private final List<Statement> statements = new ArrayList<>();

    StatementRecorder(JdbcTemplate jdbc) {
        super(jdbc);
    }

    /** Every query method of the template passes here with the SQL and parameters it is about to run. */
    @Override
    protected PreparedStatementCreator getPreparedStatementCreator(String sql, SqlParameterSource params) {
        // Converted at once: the dashboard's queries add values to its parameter source as it goes.
        ParsedSql parsed = getParsedSql(sql);
        statements.add(new Statement(
                NamedParameterUtils.substituteNamedParameters(parsed, params),
                NamedParameterUtils.buildValueArray(parsed, params, null)));
        return super.getPreparedStatementCreator(sql, params);
    }

    List<Statement> statements() {
        return List.copyOf(statements);
    }
}
