package nl.uitzicht.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.uitzicht.AppTest;
import nl.uitzicht.security.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DUO upload's size limit holds on the server: the upload handler gets a file larger than 20 MB as a
 * crafted request would send it (the browser's own check skipped) and refuses it with a Dutch message.
 */
@AppTest
@Tag("browserless")
class DuoUploadLimitBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    @Test
    void aFileOverTheLimitIsRefusedOnTheServerInDutch() {
        signIn.as("beheer@waterlinie.demo");
        navigate(DuoImportView.class);
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'x');

        test(find(Upload.class).id("duo-upload")).upload("groot.csv", "text/csv", tooLarge);

        assertThat(find(Paragraph.class).id("upload-too-large").getText())
                .isEqualTo("Het bestand groot.csv is te groot: maximaal 20 MB. Het is niet ingelezen.");
        assertThat(find(Button.class).all())
                .as("nothing to apply")
                .noneMatch(b -> "duo-apply".equals(b.getId().orElse(null)));
    }

    @Test
    void aFileWithinTheLimitIsRead() {
        signIn.as("beheer@waterlinie.demo");
        navigate(DuoImportView.class);
        test(find(Upload.class).id("duo-upload"))
                .upload("klein.csv", "text/csv", "niet;van;DUO\n".getBytes(StandardCharsets.UTF_8));
        assertThat(find(Paragraph.class).all())
                .noneMatch(p -> p.getId().filter("upload-too-large"::equals).isPresent());
    }
}
