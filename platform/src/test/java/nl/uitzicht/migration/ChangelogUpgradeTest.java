package nl.uitzicht.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.ValidationFailedException;
import liquibase.resource.ResourceAccessor;
import nl.uitzicht.testing.SharedTestDatabase;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.Test;

/**
 * Databases migrated by earlier releases still migrate with today's changelog. Changeset
 * {@code 0300-trainer_settings} was once edited after its release (an id primary key instead of
 * the region as key): databases created before the edit carry the released text's checksum,
 * databases created after it the edited text's. The changeset now has its released text again,
 * accepts the edited text's checksum, and {@code 0760-trainer_settings-id} brings the older
 * databases to the same schema. Each test starts from a database migrated by an earlier
 * changelog (up to, not including, 0760) and then runs today's.
 */
class ChangelogUpgradeTest {

    static final String TRAINER_SETTINGS_EDITED = "db/legacy/0300-trainer-as-edited.sql";

    /** The trainer_settings table every database must end with: what the TrainerSettings entity maps. */
    static final List<String> TRAINER_SETTINGS_SCHEMA = List.of(
            "column id uuid NO",
            "column max_active_buddies integer NO",
            "column tenant_id uuid NO",
            "column version bigint NO",
            "constraint trainer_settings_max_active_buddies_check CHECK (((max_active_buddies >= 1) AND (max_active_buddies <= 5)))",
            "constraint trainer_settings_pkey PRIMARY KEY (id)",
            "constraint trainer_settings_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES region(id)",
            "constraint trainer_settings_tenant_id_key UNIQUE (tenant_id)");

    static final String SCHEMA_OF_TRAINER_SETTINGS = """
            select 'column ' || column_name || ' ' || data_type || ' ' || is_nullable
              from information_schema.columns where table_schema = 'public' and table_name = 'trainer_settings'
            union all
            select 'constraint ' || conname || ' ' || pg_get_constraintdef(oid)
              from pg_constraint where conrelid = 'public.trainer_settings'::regclass
            order by 1
            """;

    @Test
    void aDatabaseFromTheReleasedTextGetsTheIdKeyAndKeepsItsSettings() throws Exception {
        try (SharedTestDatabase shared = SharedTestDatabase.create()) {
            FreshDatabase db = shared.database();
            migrateUpTo0760(db, Changelog.files());
            UUID region = UUID.randomUUID();
            db.ownerExecute(
                    "INSERT INTO region (id, code, name, sector) VALUES ('" + region + "', 'PO2999', 'Test', 'PO')");
            db.ownerExecute(
                    "INSERT INTO trainer_settings (tenant_id, max_active_buddies) VALUES ('" + region + "', 3)");

            migrate(db, Changelog.files());

            assertThat(executionOf0760(db)).isEqualTo("EXECUTED");
            assertThat(db.ownerQuery(SCHEMA_OF_TRAINER_SETTINGS)).containsExactlyElementsOf(TRAINER_SETTINGS_SCHEMA);
            assertThat(db.ownerQuery("SELECT max_active_buddies || ' ' || (id IS NOT NULL) FROM trainer_settings "
                            + "WHERE tenant_id = '" + region + "'"))
                    .containsExactly("3 true");
        }
    }

    @Test
    void aDatabaseFromTheEditedTextStillValidatesAndSkips0760() throws Exception {
        try (SharedTestDatabase shared = SharedTestDatabase.create()) {
            FreshDatabase db = shared.database();
            migrateUpTo0760(db, Changelog.filesWith("db/changelog/changes/0300-trainer.sql", TRAINER_SETTINGS_EDITED));
            assertThat(db.ownerQuery("SELECT md5sum FROM databasechangelog WHERE id = '0300-trainer_settings'"))
                    .as("the database ran the edited text")
                    .containsExactly("9:78765cd348ee0d584187d7d9fd44aaf4");

            migrate(db, Changelog.files());

            assertThat(executionOf0760(db)).isEqualTo("MARK_RAN");
            assertThat(db.ownerQuery(SCHEMA_OF_TRAINER_SETTINGS)).containsExactlyElementsOf(TRAINER_SETTINGS_SCHEMA);
        }
    }

    @Test
    void aDatabaseWhoseReleasedChangesetDiffersIsRefused() throws Exception {
        try (SharedTestDatabase shared = SharedTestDatabase.create()) {
            FreshDatabase db = shared.database();
            migrate(db, Changelog.files());
            assertThat(executionOf0760(db))
                    .as("a fresh database takes the same path as a released one")
                    .isEqualTo("EXECUTED");
            db.ownerExecute("UPDATE databasechangelog SET md5sum = '9:00000000000000000000000000000000' "
                    + "WHERE id = '0300-trainer_settings'");

            assertThatThrownBy(() -> migrate(db, Changelog.files()))
                    .hasRootCauseInstanceOf(ValidationFailedException.class)
                    .hasStackTraceContaining("0300-trainer_settings::uitzicht was: 9:00000000000000000000000000000000");
        }
    }

    /** Migrates as an earlier release did: every changeset before 0760, with the given changelog files. */
    private static void migrateUpTo0760(FreshDatabase db, ResourceAccessor files) throws Exception {
        List<ChangeSet> changeSets = Changelog.changeSets(files);
        int before0760 = changeSets.indexOf(changeSets.stream()
                .filter(c -> c.getId().equals("0760-trainer_settings-id"))
                .findFirst()
                .orElseThrow());
        run(db, files, before0760);
    }

    private static void migrate(FreshDatabase db, ResourceAccessor files) throws Exception {
        run(db, files, Integer.MAX_VALUE);
    }

    private static void run(FreshDatabase db, ResourceAccessor files, int changeSets) throws Exception {
        try (Connection connection = db.ownerConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(Changelog.MASTER, files, database);
            // the role and password of the platform tests (src/test/resources/application.yaml)
            liquibase.setChangeLogParameter("app_role", "uitzicht_app");
            liquibase.setChangeLogParameter("app_password", "uitzicht_app_dev");
            if (changeSets == Integer.MAX_VALUE) {
                liquibase.update(new Contexts(), new LabelExpression());
            } else {
                liquibase.update(changeSets, new Contexts(), new LabelExpression());
            }
        }
    }

    private static String executionOf0760(FreshDatabase db) {
        return db.ownerQuery("SELECT exectype FROM databasechangelog WHERE id = '0760-trainer_settings-id'")
                .getFirst();
    }
}
