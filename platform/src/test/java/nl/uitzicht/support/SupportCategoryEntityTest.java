package nl.uitzicht.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupportCategoryEntityTest {

    @Test
    void aCategoryIsActiveUntilSwitchedOffAndKeepsItsCodeWhenRenamed() {
        SupportCategoryEntity e = new SupportCategoryEntity("REKENEN", "Rekenen en dyscalculie", 1, false);
        assertThat(e.view().active()).isTrue();
        e.rename("Rekenen");
        e.setActive(false);
        e.setPosition(4);
        SupportCategory view = e.view();
        assertThat(view.code()).isEqualTo("REKENEN");
        assertThat(view.name()).isEqualTo("Rekenen");
        assertThat(view.active()).isFalse();
        assertThat(view.position()).isEqualTo(4);
        assertThat(view.nationalMinimum()).isFalse();
    }
}
