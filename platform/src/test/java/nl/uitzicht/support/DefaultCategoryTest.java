package nl.uitzicht.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The domain brief's categories; the proposed national minimum (Nov 2024): language, giftedness, work behaviour. */
class DefaultCategoryTest {

    @Test
    void elevenCategoriesWithDutchNames() {
        assertThat(DefaultCategory.values()).hasSize(11);
        assertThat(Arrays.stream(DefaultCategory.values()).map(c -> c.dutchName))
                .doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).isNotBlank().hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void theNationalMinimumIsLanguageGiftednessAndWorkBehaviour() {
        assertThat(Arrays.stream(DefaultCategory.values()).filter(c -> c.nationalMinimum))
                .containsExactlyInAnyOrder(
                        DefaultCategory.LEZEN_SPELLEN,
                        DefaultCategory.TAAL_NT2,
                        DefaultCategory.MEERBEGAAFDHEID,
                        DefaultCategory.WERKHOUDING);
    }
}
