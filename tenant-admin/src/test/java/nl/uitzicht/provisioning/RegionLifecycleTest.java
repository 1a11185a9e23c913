package nl.uitzicht.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.PlatformLog;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import org.junit.jupiter.api.Test;

/** The operator's rules for creating, reactivating and ending regions (collaborators replaced; no Spring). */
class RegionLifecycleTest {

    private final RegionDirectory regions = mock(RegionDirectory.class);
    private final RegionProvisioning provisioning = mock(RegionProvisioning.class);
    private final PlatformLog log = mock(PlatformLog.class);
    private final RegionLifecycle lifecycle = new RegionLifecycle(regions, provisioning, log);
    private final Actor operator = new Actor(UUID.randomUUID(), "Operator");

    private String refusal(String code, String name, Sector sector) {
        RegionLifecycle.RegionException e = catchThrowableOfType(RegionLifecycle.RegionException.class,
                () -> lifecycle.create(code, name, sector, operator));
        return e.field() + ":" + e.getMessage();
    }

    @Test
    void theCodeIsNormalisedBeforeItIsChecked() {
        Region created = new Region(UUID.randomUUID(), "PO2001", "SWV", Sector.PO);
        when(provisioning.provision("PO2001", "SWV Utrecht", Sector.PO)).thenReturn(created);
        assertThat(lifecycle.create(" po 20-01 ", "  SWV Utrecht ", Sector.PO, operator)).isSameAs(created);
        verify(regions).codeTaken("PO2001");
    }

    @Test
    void aCodeMustBeAnSwvCodeOfTheRegionsSector() {
        assertThat(refusal("XX2001", "SWV", Sector.PO)).isEqualTo("code:admin.region.error.code");
        assertThat(refusal(null, "SWV", Sector.PO)).isEqualTo("code:admin.region.error.code");
        assertThat(refusal("VO2001", "SWV", Sector.PO)).isEqualTo("code:admin.region.error.sector");
        verify(provisioning, never()).provision(anyString(), anyString(), any());
    }

    @Test
    void aTakenCodeOrABadNameIsRefused() {
        when(regions.codeTaken("PO2001")).thenReturn(true);
        assertThat(refusal("PO2001", "SWV", Sector.PO)).isEqualTo("code:admin.region.error.taken");
        assertThat(refusal("PO2002", " ", Sector.PO)).isEqualTo("name:admin.region.error.name");
        assertThat(refusal("PO2002", "n".repeat(121), Sector.PO)).isEqualTo("name:admin.region.error.name");
        verify(provisioning, never()).provision(anyString(), anyString(), any());
    }

    @Test
    void anEndedRegionIsNotReactivatedAndAnActiveOneNotEnded() {
        UUID id = UUID.randomUUID();
        Region ended = new Region(id, "PO2001", "SWV", Sector.PO);
        ended.suspend();
        ended.end();
        when(regions.find(id)).thenReturn(Optional.of(ended));
        assertThat(catchThrowableOfType(RegionLifecycle.RegionException.class, () -> lifecycle.reactivate(id, operator))
                .getMessage()).isEqualTo("admin.region.error.ended");
        UUID activeId = UUID.randomUUID();
        when(regions.find(activeId)).thenReturn(Optional.of(new Region(activeId, "PO2002", "SWV", Sector.PO)));
        assertThat(catchThrowableOfType(RegionLifecycle.RegionException.class, () -> lifecycle.end(activeId, operator))
                .getMessage()).isEqualTo("admin.region.error.endActive");
        verify(regions, never()).reactivate(any());
        verify(regions, never()).end(any());
    }
}
