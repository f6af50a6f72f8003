package com.dealercsi.invitation.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.invitation.InvitationState;
import com.dealercsi.invitation.InvitationStatus;
import com.dealercsi.invitation.InvitationTexts;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every invitation of the user's stores by state, with why it was skipped or could not be delivered, so
 * customer service sees which owners will not hear from the survey and need a phone call.
 */
@Route(value = "invitations", layout = MainLayout.class)
@Menu(title = "invitation.nav", order = 3)
@RolesAllowed({
    "ADMIN",
    "GROUP_MANAGER",
    "GENERAL_MANAGER",
    "STORE_MANAGER",
    "CUSTOMER_SERVICE_MANAGER",
    "CUSTOMER_SERVICE"
})
public class InvitationsView extends Main implements HasDynamicTitle {

    private final Invitations invitations;
    private final Visits visits;
    private final InvitationTexts texts;
    private final Map<UUID, StoreRef> stores;
    private final MultiSelectComboBox<InvitationState> states = new MultiSelectComboBox<>();
    private final ComboBox<StoreRef> store = new ComboBox<>();
    private final Grid<Row> grid = new Grid<>();
    private final Span total = new Span();

    public InvitationsView(Invitations invitations, Visits visits, InvitationTexts texts, Stores allStores) {
        this.invitations = invitations;
        this.visits = visits;
        this.texts = texts;
        var mine = CurrentStaff.require().storeIds();
        this.stores = allStores.all().stream()
                .filter(s -> mine.contains(s.id()))
                .collect(Collectors.toMap(StoreRef::id, Function.identity()));
        addClassNames("page", "invitations");

        states.setLabel(getTranslation("invitation.list.states"));
        states.setItems(InvitationState.values());
        states.setItemLabelGenerator(state -> getTranslation(state.messageKey()));
        states.setValue(EnumSet.allOf(InvitationState.class));
        states.setClearButtonVisible(true);
        states.setId("invitation-states");
        states.addValueChangeListener(change -> refresh());
        store.setLabel(getTranslation("invitation.list.store"));
        store.setPlaceholder(getTranslation("invitation.list.allStores"));
        store.setItems(stores.values().stream()
                .sorted(java.util.Comparator.comparing(StoreRef::name))
                .toList());
        store.setItemLabelGenerator(StoreRef::name);
        store.setClearButtonVisible(true);
        store.addValueChangeListener(change -> refresh());
        var filters = new HorizontalLayout(states, store, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("invitation-filters");
        filters.setWrap(true);

        grid.addColumn(row -> row.visit() == null ? "" : row.visit().roNumber())
                .setHeader(getTranslation("invitation.list.ro"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.visit() == null ? "" : row.visit().ownerName())
                .setHeader(getTranslation("invitation.list.owner"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::stateBadge)
                .setHeader(getTranslation("invitation.list.state"))
                .setAutoWidth(true);
        grid.addColumn(row -> texts.reason(row.status(), getLocale()).orElse(""))
                .setHeader(getTranslation("invitation.list.reason"))
                .setFlexGrow(1);
        grid.addColumn(row -> time(row, row.status().dueAt()))
                .setHeader(getTranslation("invitation.list.due"))
                .setAutoWidth(true);
        grid.addColumn(row -> time(row, row.status().sentAt()))
                .setHeader(getTranslation("invitation.list.sent"))
                .setAutoWidth(true);
        grid.addColumn(row -> time(row, row.status().remindedAt()))
                .setHeader(getTranslation("invitation.list.reminded"))
                .setAutoWidth(true);
        grid.addColumn(row -> time(row, row.status().expiresAt()))
                .setHeader(getTranslation("invitation.list.expires"))
                .setAutoWidth(true);
        grid.addColumn(row -> time(row, row.status().answeredAt()))
                .setHeader(getTranslation("invitation.list.answered"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> new RouterLink(
                        getTranslation("invitation.list.sheet"),
                        PickupSheetView.class,
                        new RouteParameters("visitId", row.status().visitId().toString())))
                .setHeader(getTranslation("invitation.list.sheet"))
                .setAutoWidth(true);
        if (stores.size() > 1) {
            grid.addColumn(row -> storeName(row.status().storeId()))
                    .setHeader(getTranslation("invitation.list.store"))
                    .setAutoWidth(true);
        }
        grid.setEmptyStateText(getTranslation("invitation.list.empty"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("invitation.list.title"));
        grid.setId("invitations-grid");
        grid.setSizeFull();
        grid.setItems(
                query -> {
                    var page = invitations.page(storeFilter(), states.getValue(), query.getOffset(), query.getLimit());
                    var visitsById = visits
                            .listed(page.stream().map(InvitationStatus::visitId).toList())
                            .stream()
                            .collect(Collectors.toMap(VisitSummary::id, Function.identity()));
                    return page.stream().map(status -> new Row(status, visitsById.get(status.visitId())));
                },
                query -> (int) count());
        add(new H2(getTranslation("invitation.list.title")), filters, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        states.setInvalid(states.getValue().isEmpty());
        states.setErrorMessage(getTranslation("invitation.list.chooseState"));
        total.setText(getTranslation("invitation.list.total", count()));
        grid.getDataProvider().refreshAll();
    }

    private long count() {
        return invitations.count(storeFilter(), states.getValue());
    }

    private Set<UUID> storeFilter() {
        return store.getValue() == null ? Set.of() : Set.of(store.getValue().id());
    }

    private Span stateBadge(Row row) {
        var badge = new Span(texts.state(row.status(), getLocale()));
        badge.addClassNames(
                "invitation-state",
                "invitation-state-" + row.status().state().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private String time(Row row, @Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        var zone = stores.containsKey(row.status().storeId())
                ? stores.get(row.status().storeId()).timeZone()
                : java.time.ZoneOffset.UTC;
        return Formats.dateTime(instant, zone, getLocale());
    }

    private String storeName(UUID storeId) {
        return stores.containsKey(storeId) ? stores.get(storeId).name() : "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.list.title") + " · " + getTranslation("app.name");
    }

    record Row(InvitationStatus status, @Nullable VisitSummary visit) {}
}
