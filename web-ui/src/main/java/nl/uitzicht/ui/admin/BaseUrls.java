package nl.uitzicht.ui.admin;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The address people use to reach this application, for links in invitations. */
public final class BaseUrls {

    private BaseUrls() {}

    public static String current() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
