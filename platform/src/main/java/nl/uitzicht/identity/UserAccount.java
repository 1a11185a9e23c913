package nl.uitzicht.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person who can log in. Global: one account may hold memberships in several regions. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "platform_operator", nullable = false)
    private boolean platformOperator;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Raised on every change of what this account may do; live sessions compare against it. */
    @Column(name = "access_version", nullable = false)
    private long accessVersion;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(
            String email,
            String displayName,
            @Nullable String passwordHash,
            boolean platformOperator,
            Instant createdAt) {
        this.createdAt = createdAt;
        this.id = UUID.randomUUID();
        this.email = normalize(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformOperator = platformOperator;
    }

    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    UUID getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable
    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isPlatformOperator() {
        return platformOperator;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void deactivate() {
        this.enabled = false;
        accessChanged();
    }

    void activate() {
        if (!enabled) {
            this.enabled = true;
            accessChanged();
        }
    }

    /** Live sessions of this account are checked again at their next request. */
    void accessChanged() {
        accessVersion++;
    }

    long getAccessVersion() {
        return accessVersion;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    AccountSummary summary() {
        return new AccountSummary(id, email, displayName, platformOperator, enabled, hasPassword(), accessVersion);
    }
}
