package nl.uitzicht.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.uitzicht.csv.CsvCell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a query result as one export file (CSV or JSON) and counts its rows. CSV cells go through
 * {@link CsvCell}: text that a spreadsheet would run as a formula is prefixed with a quote; values of
 * numeric columns stay numbers.
 */
final class TableFile {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private TableFile() {}

    static int write(ResultSet rs, ExportFormat format, OutputStream out) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int rows = 0;
        if (format == ExportFormat.CSV) {
            CSVPrinter csv = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(columns.toArray(String[]::new))
                            .get());
            while (rs.next()) {
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    Object v = value(rs, i);
                    values.add(CsvCell.value(
                            v instanceof List<?> list
                                    ? String.join(
                                            " ",
                                            list.stream().map(String::valueOf).toList())
                                    : v));
                }
                csv.printRecord(values);
                rows++;
            }
            csv.flush();
            writer.flush();
        } else {
            try (JsonGenerator json = JSON.createGenerator(writer)) {
                json.writeStartArray();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.put(columns.get(i - 1), value(rs, i));
                    }
                    JSON.writeValue(json, row);
                    rows++;
                }
                json.writeEndArray();
            }
        }
        return rows;
    }

    private static Object value(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Array array) {
            List<String> items = new ArrayList<>();
            for (Object item : (Object[]) array.getArray()) {
                items.add(String.valueOf(item));
            }
            return items;
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        return v.toString();
    }
}
