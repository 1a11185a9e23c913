package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * An Apache ECharts chart from the webjar, loaded as an external script (no frontend build). The
 * chart is decorative for screen readers: the same numbers are in the table next to it.
 */
@Tag("div")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
class EChart extends Component {

    EChart(String id, String optionJson, String height) {
        setId(id);
        getElement().setAttribute("aria-hidden", "true");
        getElement().getClassList().add("dashboard-chart");
        getElement().getStyle().set("height", height);
        getElement().executeJs("""
                const el = this;
                const c = echarts.init(el);
                c.setOption(JSON.parse($0));
                new ResizeObserver(() => c.resize()).observe(el);
                el.setAttribute('data-rendered', 'yes');""", optionJson);
    }
}
