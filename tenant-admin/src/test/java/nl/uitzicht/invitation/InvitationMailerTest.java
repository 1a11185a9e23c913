package nl.uitzicht.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** The invitation mail: sent with the link, or the inviter passes the link on (no mail server), or it failed. */
class InvitationMailerTest {

    private static final String LINK = "https://uitzicht.nl/uitnodiging/abc123";

    @Test
    void withoutAMailServerTheInviterPassesTheLinkOn() {
        InvitationMailer mailer = new InvitationMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                "Uitzicht <no-reply@uitzicht.nl>");
        assertThat(mailer.send("anna@school.nl", "Anna", "SWV Utrecht", LINK, "Bert"))
                .isEqualTo(InvitationMailer.Delivery.NO_MAIL_SERVER);
    }

    @Test
    void theMailCarriesTheLinkInDutchAndEnglish() {
        JavaMailSender sender = mock(JavaMailSender.class);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mail", sender);
        InvitationMailer mailer = new InvitationMailer(beans.getBeanProvider(JavaMailSender.class), "Uitzicht <x@y.nl>");
        assertThat(mailer.send("anna@school.nl", "Anna", "SWV Utrecht", LINK, "Bert"))
                .isEqualTo(InvitationMailer.Delivery.MAILED);
        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(sent.capture());
        SimpleMailMessage m = sent.getValue();
        assertThat(m.getTo()).containsExactly("anna@school.nl");
        assertThat(m.getFrom()).isEqualTo("Uitzicht <x@y.nl>");
        assertThat(m.getSubject()).contains("SWV Utrecht");
        assertThat(m.getText()).contains("Beste Anna", "Bert nodigt je uit", LINK, "7 dagen", "Dear Anna");
    }

    @Test
    void aRefusingMailServerIsAFailureNotACrash() {
        JavaMailSender sender = mock(JavaMailSender.class);
        doThrow(new MailSendException("550 no such user " + LINK)).when(sender).send(any(SimpleMailMessage.class));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mail", sender);
        InvitationMailer mailer = new InvitationMailer(beans.getBeanProvider(JavaMailSender.class), "x@y.nl");
        assertThat(mailer.send("anna@school.nl", "Anna", "SWV", LINK, "Bert")).isEqualTo(InvitationMailer.Delivery.FAILED);
    }
}
