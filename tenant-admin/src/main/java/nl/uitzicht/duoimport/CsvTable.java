package nl.uitzicht.duoimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.uitzicht.validation.InvalidInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as DUO publishes them, read with Commons CSV: semicolon or comma (whichever the header
 * line uses), UTF-8 (with or without BOM) or Latin-1/Windows-1252 (detected: bytes that are not valid
 * UTF-8 are read as Windows-1252), quoted fields. Column names are compared case-insensitively with
 * spaces and underscores alike.
 */
final class CsvTable {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    final String fileName;
    final Charset charset;
    final char delimiter;
    private final Map<String, String> columns = new LinkedHashMap<>();
    final List<Row> rows;

    /** One data row and its line number in the file (header = line 1). */
    record Row(long line, CSVRecord record) {}

    private CsvTable(String fileName, Charset charset, char delimiter, List<String> header, List<Row> rows) {
        this.fileName = fileName;
        this.charset = charset;
        this.delimiter = delimiter;
        header.forEach(h -> columns.put(normalize(h), h));
        this.rows = rows;
    }

    static CsvTable read(DuoFile file) {
        if (file.content().length == 0) {
            throw new InvalidInput("file", "admin.duo.error.empty", file.name());
        }
        byte[] bytes = file.content();
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            charset = WINDOWS_1252;
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInput("file", "admin.duo.error.notCsv", file.name());
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) {
            throw new InvalidInput("file", "admin.duo.error.empty", file.name());
        }
        char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
        if (count(firstLine, delimiter) == 0) {
            throw new InvalidInput("file", "admin.duo.error.notCsv", file.name());
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(record.getRecordNumber() + 1, record));
            }
            return new CsvTable(file.name(), charset, delimiter, parser.getHeaderNames(), rows);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidInput("file", "admin.duo.error.unreadable", file.name(), String.valueOf(e.getMessage()));
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    static String normalize(String column) {
        return column.trim().replace('_', ' ').replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** The file's own spelling of the first of these columns it has. */
    Optional<String> column(String... candidates) {
        for (String candidate : candidates) {
            String found = columns.get(normalize(candidate));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    boolean has(Collection<String> required) {
        return required.stream().allMatch(c -> columns.containsKey(normalize(c)));
    }

    static String value(Row row, String column) {
        return row.record().isSet(column) ? row.record().get(column).trim() : "";
    }

    static boolean complete(Row row, String... columns) {
        for (String c : columns) {
            if (!row.record().isSet(c)) {
                return false;
            }
        }
        return true;
    }
}
