package nl.uitzicht.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "support_category")
class SupportCategoryEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "national_minimum", nullable = false)
    private boolean nationalMinimum;

    @Version
    private long version;

    protected SupportCategoryEntity() {}

    SupportCategoryEntity(String code, String name, int position, boolean nationalMinimum) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.position = position;
        this.nationalMinimum = nationalMinimum;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void setPosition(int position) {
        this.position = position;
    }

    long getVersion() {
        return version;
    }

    SupportCategory view() {
        return new SupportCategory(id, code, name, position, active, nationalMinimum, version);
    }
}
