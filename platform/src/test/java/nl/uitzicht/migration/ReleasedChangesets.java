package nl.uitzicht.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.uitzicht.migration.Changelog.Entry;

/**
 * The committed list of released changesets ({@code db/released-changesets.txt}) and what is
 * wrong with a changelog measured against it.
 */
final class ReleasedChangesets {

    static final String LIST = "db/released-changesets.txt";

    private ReleasedChangesets() {}

    /** The list's entries; blank lines and lines starting with # are left out. */
    static List<Entry> listed() throws IOException {
        try (InputStream in =
                Objects.requireNonNull(ReleasedChangesets.class.getClassLoader().getResourceAsStream(LIST), LIST)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(Entry::parse)
                    .toList();
        }
    }

    /**
     * One message per problem: a released changeset whose text changed, a changeset not in the
     * list (with the line to append), a released changeset that is gone from the changelog.
     */
    static List<String> problems(List<Entry> inChangelog, List<Entry> released) {
        List<String> problems = new ArrayList<>();
        for (Entry current : inChangelog) {
            Entry listed =
                    released.stream().filter(current::sameChangeSet).findFirst().orElse(null);
            if (listed == null) {
                problems.add("Changeset " + current.name() + " is not in " + LIST
                        + ". Append this line to it (from then on the changeset must not change): " + current.line());
            } else if (!listed.checksum().equals(current.checksum())) {
                problems.add("Released changeset " + current.name() + " was edited: its checksum is now "
                        + current.checksum() + ", released as " + listed.checksum()
                        + ". Every database that ran it would refuse to start: restore its text and make the"
                        + " change in a new changeset.");
            }
        }
        for (Entry listed : released) {
            if (inChangelog.stream().noneMatch(listed::sameChangeSet)) {
                problems.add("Released changeset " + listed.name()
                        + " is gone from the changelog: released changesets stay.");
            }
        }
        return problems;
    }
}
