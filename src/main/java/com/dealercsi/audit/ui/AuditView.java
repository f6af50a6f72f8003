package com.dealercsi.audit.ui;

import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditFilter;
import com.dealercsi.audit.AuditLog;
import com.dealercsi.audit.AuditRow;
import com.dealercsi.audit.AuditStoreDirectory.AuditStore;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail: who did what, when, in which store; newest first, searchable, exported as CSV. Each entry is
 * one card that lays itself out as a table row at a desk and as a stacked card on a phone. What a reader may see
 * is decided by {@link AuditLog}, not here.
 */
@Route(value = "audit", layout = MainLayout.class)
@Menu(title = "audit.nav", order = 88)
@RolesAllowed({"ADMIN", "GROUP_MANAGER", "GENERAL_MANAGER", "STORE_MANAGER", "CUSTOMER_SERVICE_MANAGER"})
public class AuditView extends Main implements HasDynamicTitle {

    private final AuditLog log;
    private final ZoneId zone;
    private final TextField who = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<AuditStore> store = new Select<>();
    private final Grid<AuditRow> grid = new Grid<>();

    public AuditView(AuditLog log) {
        this.log = log;
        this.zone = log.zone();
        addClassNames("page", "audit");

        who.setLabel(getTranslation("audit.filter.who"));
        who.setValueChangeMode(ValueChangeMode.LAZY);
        who.setClearButtonVisible(true);
        who.setId("audit-who");

        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.all"));
        action.setItemLabelGenerator(
                a -> a == null ? getTranslation("audit.filter.all") : getTranslation(a.messageKey()));
        action.setId("audit-action");

        from.setLabel(getTranslation("audit.filter.from"));
        from.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setClearButtonVisible(true);
        to.setId("audit-to");

        var stores = log.visibleStores();
        store.setLabel(getTranslation("audit.filter.store"));
        store.setItems(stores);
        store.setEmptySelectionAllowed(true);
        store.setEmptySelectionCaption(getTranslation("audit.filter.all"));
        store.setItemLabelGenerator(s -> s == null ? getTranslation("audit.filter.all") : s.name());
        store.setVisible(stores.size() > 1);
        store.setId("audit-store");

        who.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        store.addValueChangeListener(e -> refresh());
        var filters = new Div(who, action, from, to, store);
        filters.addClassName("audit-filters");

        var locale = UI.getCurrent().getLocale();
        var export = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(getTranslation("audit.export.file") + "-" + LocalDate.now(zone) + ".csv");
                    event.setContentType("text/csv;charset=UTF-8");
                    log.csv(filter(), zone, locale, event.getOutputStream());
                },
                AttachmentType.DOWNLOAD,
                getTranslation("audit.export.csv"));
        export.setId("audit-export");
        export.addClassName("export-link");
        var actions = new Div(export);
        actions.addClassName("audit-actions");

        var intro = new Paragraph(
                getTranslation(log.seesEverything() ? "audit.intro.all" : "audit.intro.stores", zone.getId()));
        intro.addClassName("note");

        var cards = new AuditEntryCards(log, zone);
        grid.addComponentColumn(row -> cards.entry(row, getLocale())).setHeader(cards.header());
        grid.setItems(query -> log.find(filter(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, log.count(filter())));
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setId("audit-entries");
        grid.setSizeFull();

        add(new H2(getTranslation("audit.title")), intro, filters, actions);
        if (log.seesEverything()) {
            add(new ChainCheckBox(log));
        }
        add(grid);
        setSizeFull();
    }

    private AuditFilter filter() {
        return new AuditFilter(
                who.getValue(),
                action.getValue(),
                start(from.getValue()),
                to.getValue() == null ? null : start(to.getValue().plusDays(1)),
                store.getValue() == null ? null : store.getValue().id());
    }

    private java.time.@Nullable Instant start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.pageTitle") + " · " + getTranslation("app.name");
    }
}
