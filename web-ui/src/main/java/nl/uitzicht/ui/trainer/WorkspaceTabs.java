package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** The parts of the trainer workspace as a row of links, the current one highlighted. */
class WorkspaceTabs extends Nav {

    WorkspaceTabs(Class<? extends Component> current) {
        addClassName("workspace-tabs");
        link("trainer.tab.achterban", AchterbanView.class, current);
        link("trainer.tab.audience", AudienceAnalysisView.class, current);
        link("trainer.tab.swot", SwotView.class, current);
        link("trainer.tab.verwerking", VerwerkingView.class, current);
        link("trainer.tab.buddy", BuddyView.class, current);
        link("trainer.tab.programme", ProgrammeView.class, current);
    }

    private void link(String key, Class<? extends Component> target, Class<? extends Component> current) {
        RouterLink link = new RouterLink(getTranslation(key), target);
        if (target.equals(current)) {
            link.addClassName("current");
        }
        add(link);
    }
}
