package com.dealercsi.audit.ui;

import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditFilter;
import com.dealercsi.audit.AuditLog;
import com.dealercsi.audit.AuditRow;
import com.dealercsi.audit.AuditStoreDirectory.AuditStore;
import com.dealercsi.audit.ChainCheck;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail: who did what, when, in which store; newest first, searchable, exported as CSV. Each entry is
 * one card that lays itself out as a table row at a desk and as a stacked card on a phone. What a reader may see
 * is decided by {@link AuditLog}, not here.
 */
@Route("audit")
@Menu(title = "audit.nav", order = 88)
@RolesAllowed({"ADMIN", "GROUP_MANAGER", "GENERAL_MANAGER", "STORE_MANAGER", "CUSTOMER_SERVICE_MANAGER"})
public class AuditView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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

        grid.addComponentColumn(this::entry).setHeader(header());
        grid.setItems(query -> log.find(filter(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, log.count(filter())));
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setId("audit-entries");
        grid.setSizeFull();

        add(new H2(getTranslation("audit.title")), intro, filters, actions);
        if (log.seesEverything()) {
            add(chainCheck());
        }
        add(grid);
        setSizeFull();
    }

    private Div chainCheck() {
        var result = new Span();
        result.setId("audit-chain-result");
        result.addClassName("audit-chain-result");
        var check = new Button(getTranslation("audit.chain.check"), e -> show(log.checkChain(), result));
        check.addThemeVariants(ButtonVariant.TERTIARY);
        check.setId("audit-chain-check");
        var box = new Div(check, result);
        box.addClassName("audit-chain");
        return box;
    }

    private void show(ChainCheck check, Span result) {
        result.removeClassNames("audit-chain-ok", "audit-chain-broken");
        if (check.intact()) {
            result.setText(getTranslation("audit.chain.intact", check.checked()));
            result.addClassName("audit-chain-ok");
        } else {
            result.setText(getTranslation(
                    "audit.chain.broken",
                    check.firstBroken(),
                    getTranslation(check.problem().messageKey())));
            result.addClassName("audit-chain-broken");
        }
    }

    private Div header() {
        var header = new Div(
                cell("audit-at", getTranslation("audit.column.at") + " (" + zone.getId() + ")"),
                cell("audit-who", getTranslation("audit.column.who")),
                cell("audit-what", getTranslation("audit.column.action")),
                cell("audit-store", getTranslation("audit.column.store")));
        header.addClassNames("audit-entry", "audit-header");
        return header;
    }

    private Div entry(AuditRow row) {
        var locale = getLocale();
        var when = cell("audit-at", TIME.format(row.at().atZone(zone)));
        var actor = cell("audit-who", log.actor(row, locale));
        var roles = log.roles(row.actorRoles(), locale);
        if (!roles.isBlank()) {
            var role = new Span(roles);
            role.addClassName("audit-role");
            actor.add(role);
        }
        var actionWords = new Span(getTranslation(row.action().messageKey()));
        actionWords.addClassName("audit-action");
        var what = new Div(actionWords);
        what.addClassName("audit-what");
        var subject = new Span(log.subject(row, locale));
        subject.addClassName("audit-subject");
        what.add(subject);
        var details = log.details(row, locale);
        if (!details.isBlank()) {
            var text = new Span(details);
            text.addClassName("audit-details");
            what.add(text);
        }
        var storeCell = cell("audit-store", row.storeName() == null ? "" : row.storeName());
        var card = new Div(when, actor, what, storeCell);
        card.addClassName("audit-entry");
        return card;
    }

    private static Div cell(String className, String text) {
        var cell = new Div(new Span(text));
        cell.addClassName(className);
        return cell;
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
