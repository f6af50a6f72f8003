package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.ResponseReports;
import com.dealercsi.reporting.ResponseRow;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The newest answers first, with their CSI; a row opens the answer. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.responses", order = 1)
@PermitAll
public class ResponsesView extends Main implements HasDynamicTitle {

    public ResponsesView(ResponseReports reports) {
        addClassName("page");
        var grid = new Grid<ResponseRow>();
        grid.addColumn(row -> Formats.dateTime(row.submittedAt(), row.storeZone(), getLocale()))
                .setHeader(getTranslation("responses.submittedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> csiBadge(row))
                .setHeader(getTranslation("responses.csi"))
                .setAutoWidth(true);
        grid.addColumn(ResponseRow::ownerName)
                .setHeader(getTranslation("responses.owner"))
                .setAutoWidth(true);
        grid.addColumn(ResponseRow::plate)
                .setHeader(getTranslation("responses.plate"))
                .setAutoWidth(true);
        grid.addColumn(ResponseRow::advisor)
                .setHeader(getTranslation("responses.advisor"))
                .setAutoWidth(true);
        grid.addColumn(ResponseRow::overall)
                .setHeader(getTranslation("responses.overall"))
                .setAutoWidth(true);
        grid.addColumn(ResponseRow::nps).setHeader("NPS").setAutoWidth(true);
        grid.addColumn(ResponseRow::storeName)
                .setHeader(getTranslation("responses.store"))
                .setAutoWidth(true);
        grid.setItems(
                query -> reports.newest(query.getOffset(), query.getLimit()).stream(), query -> (int) reports.count());
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("responses.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate("responses/" + click.getItem().responseId())));
        grid.setSizeFull();
        grid.setAriaLabel(getTranslation("responses.title"));
        add(new H2(getTranslation("responses.title")), grid);
        setSizeFull();
    }

    private Span csiBadge(ResponseRow row) {
        var badge = new Span(Formats.score(row.csi()));
        badge.addClassName("score");
        if (row.alertLevel() != null) {
            badge.addClassName("alert-" + row.alertLevel().name().toLowerCase(java.util.Locale.ROOT));
            badge.getElement()
                    .setAttribute(
                            "title",
                            getTranslation("alert.level." + row.alertLevel().name()));
        }
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("responses.title") + " · " + getTranslation("app.name");
    }
}
