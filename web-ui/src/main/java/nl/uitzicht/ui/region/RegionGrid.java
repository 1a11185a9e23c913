package nl.uitzicht.ui.region;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import nl.uitzicht.tenancy.Region;

/** The regions of the platform as a table. */
public class RegionGrid extends Grid<Region> {

    public RegionGrid(List<Region> regions) {
        super(Region.class, false);
        setId("regions");
        addColumn(Region::getCode)
                .setHeader(getTranslation("regions.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Region::getName).setHeader(getTranslation("regions.name")).setFlexGrow(2);
        addColumn(r -> getTranslation("sector." + r.getSector().name()))
                .setHeader(getTranslation("regions.sector"))
                .setFlexGrow(1);
        addColumn(r -> getTranslation("regionstatus." + r.getStatus().name()))
                .setHeader(getTranslation("regions.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setItems(regions);
    }
}
