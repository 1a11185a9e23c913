package nl.uitzicht.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.uitzicht.migration.Changelog.Entry;
import org.junit.jupiter.api.Test;

/**
 * A released changeset is never edited: every database that ran it keeps its checksum, and
 * Liquibase refuses to start when the text no longer matches. This test computes the checksum
 * of every changeset in the changelog with Liquibase and compares it with the committed list
 * {@code platform/src/test/resources/db/released-changesets.txt} (id, author, file, checksum per
 * line). The runAlways grants files are left out: they rerun on every update by design.
 *
 * <p>Adding a changeset means releasing it: this test fails with the line to append to the list,
 * and the changeset goes into the list in the same commit. From then on its text is frozen; a
 * later schema change is a new changeset (see ADR 0064 and the migration section of the README).
 */
class ReleasedChangesetsTest {

    @Test
    void everyChangesetIsReleasedWithTheTextItWasReleasedWith() throws Exception {
        List<Entry> released = ReleasedChangesets.listed();
        assertThat(released).as("the list of released changesets").isNotEmpty();

        assertThat(ReleasedChangesets.problems(Changelog.frozenChangeSets(Changelog.files()), released))
                .as("the changelog against " + ReleasedChangesets.LIST)
                .isEmpty();
    }

    @Test
    void anEditedReleasedChangesetIsCaught() throws Exception {
        // the edit that once happened to 0300-trainer_settings (an id column), kept as a test resource
        List<Entry> edited = Changelog.frozenChangeSets(
                Changelog.filesWith("db/changelog/changes/0300-trainer.sql", "db/legacy/0300-trainer-as-edited.sql"));

        assertThat(ReleasedChangesets.problems(edited, ReleasedChangesets.listed()))
                .singleElement()
                .asString()
                .startsWith("Released changeset uitzicht:0300-trainer_settings in db/changelog/changes/0300-trainer.sql"
                        + " was edited");
    }

    @Test
    void aNewChangesetIsCaughtWithTheLineToAppend() throws Exception {
        List<Entry> released = ReleasedChangesets.listed();
        Entry last = released.getLast();

        assertThat(ReleasedChangesets.problems(
                        Changelog.frozenChangeSets(Changelog.files()), released.subList(0, released.size() - 1)))
                .containsExactly("Changeset " + last.name() + " is not in " + ReleasedChangesets.LIST
                        + ". Append this line to it (from then on the changeset must not change): " + last.line());
    }

    @Test
    void aRemovedReleasedChangesetIsCaught() throws Exception {
        List<Entry> inChangelog = Changelog.frozenChangeSets(Changelog.files());

        assertThat(ReleasedChangesets.problems(inChangelog.subList(1, inChangelog.size()), ReleasedChangesets.listed()))
                .singleElement()
                .asString()
                .contains(inChangelog.getFirst().name(), "is gone from the changelog");
    }
}
