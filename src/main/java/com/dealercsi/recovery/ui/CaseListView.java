package com.dealercsi.recovery.ui;

import com.dealercsi.admin.StaffRef;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.recovery.CaseFilter;
import com.dealercsi.recovery.CaseRow;
import com.dealercsi.recovery.CaseStatus;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** The recovery desk: cases of the user's stores, newest first, late ones in red; a row opens the case. */
@Route(value = "cases", layout = MainLayout.class)
@Menu(title = "recovery.nav.cases", order = 2)
@RolesAllowed({
    "ADMIN",
    "GROUP_MANAGER",
    "GENERAL_MANAGER",
    "STORE_MANAGER",
    "CUSTOMER_SERVICE_MANAGER",
    "CUSTOMER_SERVICE"
})
public class CaseListView extends Main implements HasDynamicTitle {

    private final Select<CaseStatus> status = new Select<>();
    private final Select<AlertLevel> level = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final ComboBox<StaffRef> owner = new ComboBox<>();
    private final TextField advisor = new TextField();
    private final Select<StoreRef> store = new Select<>();
    private final Grid<CaseRow> grid = new Grid<>();

    public CaseListView(RecoveryCases cases) {
        addClassNames("page", "recovery-cases");

        status.setLabel(getTranslation("recovery.filter.status"));
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("recovery.filter.all"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("recovery.filter.all") : getTranslation("recovery.status." + s.name()));
        status.setId("filter-status");

        level.setLabel(getTranslation("recovery.filter.level"));
        level.setItems(AlertLevel.RED, AlertLevel.AMBER);
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("recovery.filter.all"));
        level.setItemLabelGenerator(
                l -> l == null ? getTranslation("recovery.filter.all") : getTranslation("alert.level." + l.name()));
        level.setId("filter-level");

        overdue.setLabel(getTranslation("recovery.filter.overdue"));
        overdue.setId("filter-overdue");

        owner.setLabel(getTranslation("recovery.filter.owner"));
        owner.setItems(cases.possibleOwners(null));
        owner.setItemLabelGenerator(StaffRef::name);
        owner.setClearButtonVisible(true);
        owner.setId("filter-owner");

        advisor.setLabel(getTranslation("recovery.filter.advisor"));
        advisor.setValueChangeMode(ValueChangeMode.LAZY);
        advisor.setClearButtonVisible(true);
        advisor.setId("filter-advisor");

        var stores = cases.visibleStores();
        store.setLabel(getTranslation("recovery.filter.store"));
        store.setItems(stores);
        store.setEmptySelectionAllowed(true);
        store.setEmptySelectionCaption(getTranslation("recovery.filter.all"));
        store.setItemLabelGenerator(s -> s == null ? getTranslation("recovery.filter.all") : s.name());
        store.setVisible(stores.size() > 1);
        store.setId("filter-store");

        var filters = new Div(status, level, owner, advisor, store, overdue);
        filters.addClassName("recovery-filters");
        status.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        advisor.addValueChangeListener(e -> refresh());
        store.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(this::badges)
                .setHeader(getTranslation("recovery.field.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // a real link as well as the row click: reachable by keyboard, and a long press opens it in a new tab
        grid.addComponentColumn(row -> {
                    var link = new Anchor("cases/" + row.id(), row.carOwner() + " · " + row.plate());
                    link.addClassName("case-link");
                    return link;
                })
                .setHeader(getTranslation("recovery.field.carOwner"))
                .setAutoWidth(true);
        grid.addColumn(CaseRow::advisorName)
                .setHeader(getTranslation("recovery.field.advisor"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.caseOwner() == null ? getTranslation("recovery.owner.none") : row.caseOwner())
                .setHeader(getTranslation("recovery.field.caseOwner"))
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.openedAt(), row.storeZone(), getLocale()))
                .setHeader(getTranslation("recovery.field.openedAt"))
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.closeDue(), row.storeZone(), getLocale()))
                .setHeader(getTranslation("recovery.field.closeDue"))
                .setAutoWidth(true);
        grid.addColumn(CaseRow::storeName)
                .setHeader(getTranslation("recovery.field.store"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.late() && !row.status().isClosed() ? "case-late" : null);
        grid.setItems(query -> cases.find(filter(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) cases.count(filter()));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("recovery.list.empty"));
        grid.addItemClickListener(click ->
                getUI().ifPresent(ui -> ui.navigate("cases/" + click.getItem().id())));
        grid.setAriaLabel(getTranslation("recovery.list.title"));
        grid.setId("cases");
        grid.setSizeFull();
        add(new H2(getTranslation("recovery.list.title")), filters, grid);
        setSizeFull();
    }

    private CaseFilter filter() {
        return new CaseFilter(
                status.getValue(),
                level.getValue(),
                overdue.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                advisor.getValue(),
                store.getValue() == null ? null : store.getValue().id());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Div badges(CaseRow row) {
        var levelBadge = new Span(getTranslation("alert.level." + row.level().name()));
        levelBadge.addClassNames("score", "alert-" + row.level().name().toLowerCase(Locale.ROOT));
        var statusText =
                new Span(getTranslation("recovery.status." + row.status().name()));
        statusText.addClassName("case-status");
        var cell = new Div(levelBadge, statusText);
        cell.addClassName("case-badges");
        if (!row.status().isClosed() && row.late()) {
            var late = new Span(getTranslation(row.escalated() ? "recovery.list.escalated" : "recovery.list.late"));
            late.addClassName("case-late-flag");
            cell.add(late);
        }
        if (row.followUpAnswer() != null) {
            // what the owner said on the follow-up survey; a "no" stands out for the customer-service manager
            var answer = new Span(getTranslation(
                    "recovery.list.followUp." + row.followUpAnswer().name()));
            answer.addClassNames(
                    "follow-up-marker",
                    "follow-up-marker-" + row.followUpAnswer().name().toLowerCase(Locale.ROOT));
            cell.add(answer);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.list.pageTitle") + " · " + getTranslation("app.name");
    }
}
