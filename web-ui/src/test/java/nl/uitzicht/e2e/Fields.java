package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Filling Vaadin fields in Chromium as a person would: by the field's id and the visible texts. */
public final class Fields {

    /** How a Dutch date is typed into a date picker. */
    public static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Fields() {}

    /** Opens the tab with exactly this title. */
    public static void tab(Page page, String name) {
        page.locator("vaadin-tab")
                .getByText(name, new Locator.GetByTextOptions().setExact(true))
                .click();
    }

    /** Types into a combo box and picks the item with this text. */
    public static void combo(Page page, String id, String text) {
        Locator input = page.locator(id + " input");
        input.fill(text);
        page.locator("vaadin-combo-box-item").getByText(text).first().click();
        assertThat(input).hasValue(text);
    }

    /** Picks the radio button with exactly this label. */
    public static void radio(Page page, String id, String label) {
        page.locator(id)
                .getByText(label, new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator(id + " vaadin-radio-button[checked]")).hasText(label);
    }

    /** Types a date into a date picker. */
    public static void date(Page page, String id, LocalDate date) {
        Locator input = page.locator(id + " input");
        input.fill(DUTCH.format(date));
        input.press("Enter");
    }
}
