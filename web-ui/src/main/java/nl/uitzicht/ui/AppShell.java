package nl.uitzicht.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo plus one stylesheet of our own: no custom frontend bundle (see docs/adr/0002). Server push
 * is on for notices (e.g. buddy feedback); whatever runs in {@code UI.access} binds its region
 * itself (see docs/adr/0030).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "Uitzicht: OPP's en passend onderwijs voor samenwerkingsverbanden")
public class AppShell implements AppShellConfigurator {}
