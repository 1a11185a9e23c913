package nl.uitzicht.demo.generator;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts generated rows in batches of 1,000. */
final class BatchInsert {

    private final JdbcTemplate jdbc;

    BatchInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }
}
