package nl.uitzicht.migration;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.PathResource;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/** The platform's Liquibase changelog as Liquibase reads it, and the checksums of its changesets. */
final class Changelog {

    static final String MASTER = "db/changelog/db.changelog-master.yaml";

    private Changelog() {}

    /**
     * One changeset as {@code db/released-changesets.txt} lists it: id, author and file (together
     * the changeset's identity in {@code databasechangelog}) and the checksum of its text.
     */
    record Entry(String id, String author, String file, String checksum) {

        static Entry of(ChangeSet changeSet) {
            return new Entry(
                    changeSet.getId(),
                    changeSet.getAuthor(),
                    changeSet.getFilePath(),
                    changeSet.generateCheckSum(ChecksumVersion.latest()).toString());
        }

        /** Parses one line: the four fields separated by white space. */
        static Entry parse(String line) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length != 4) {
                throw new IllegalArgumentException("Expected 'id author file checksum', got: " + line);
            }
            return new Entry(fields[0], fields[1], fields[2], fields[3]);
        }

        String line() {
            return id + " " + author + " " + file + " " + checksum;
        }

        boolean sameChangeSet(Entry other) {
            return id.equals(other.id) && author.equals(other.author) && file.equals(other.file);
        }

        String name() {
            return author + ":" + id + " in " + file;
        }
    }

    /** The changesets of the master changelog, in the order Liquibase runs them. */
    static List<ChangeSet> changeSets(ResourceAccessor files) throws LiquibaseException {
        ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser(MASTER, files);
        return parser.parse(MASTER, new ChangeLogParameters(), files).getChangeSets();
    }

    /**
     * The changesets that are released once and never change: all but the runAlways ones (the
     * grants), which rerun on every update by design. Checksums are of the text with changelog
     * parameters such as {@code ${app_role}} unexpanded, so they are the same in every environment
     * (the database keeps the checksum of the expanded text).
     */
    static List<Entry> frozenChangeSets(ResourceAccessor files) throws LiquibaseException {
        return changeSets(files).stream()
                .filter(c -> !c.isAlwaysRun())
                .map(Entry::of)
                .toList();
    }

    /** The application's changelog files, from the classpath. */
    static ResourceAccessor files() {
        return new ClassLoaderResourceAccessor(Changelog.class.getClassLoader());
    }

    /**
     * The application's changelog files with one file's text replaced by a test resource: the
     * changelog as an earlier release had it (same path, so the changesets keep their identity).
     */
    static ResourceAccessor filesWith(String changelogFile, String replacementResource) {
        URL replacement = Objects.requireNonNull(
                Changelog.class.getClassLoader().getResource(replacementResource), replacementResource);
        return new ClassLoaderResourceAccessor(Changelog.class.getClassLoader()) {
            @Override
            public List<Resource> getAll(String path) throws IOException {
                if (path.equals(changelogFile)) {
                    try {
                        return List.of(new PathResource(path, Path.of(replacement.toURI())));
                    } catch (URISyntaxException e) {
                        throw new IOException(e);
                    }
                }
                return super.getAll(path);
            }
        };
    }
}
