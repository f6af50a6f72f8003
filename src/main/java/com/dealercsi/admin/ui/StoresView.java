package com.dealercsi.admin.ui;

import com.dealercsi.admin.AdministrationRejected;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.admin.StoreLogos;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Administrators create stores, change their name, time zone and phone, and replace their DMS API key. */
@Route(value = "admin/stores", layout = MainLayout.class)
@Menu(title = "admin.stores.nav", order = 80)
@RolesAllowed("ADMIN")
public class StoresView extends Main implements HasDynamicTitle {

    private final StoreAdministration administration;
    private final Grid<StoreRef> grid = new Grid<>();
    private final TextField search = new TextField();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final TextField phone = new TextField();
    private final FieldErrors errors = new FieldErrors(this::getTranslation);
    private final Button rotate = new Button();
    private final H3 formTitle = new H3();
    private @Nullable StoreRef selected;
    private final StoreLogoBox logo;

    public StoresView(StoreAdministration administration, StoreLogos logos) {
        this.administration = administration;
        this.logo = new StoreLogoBox(logos);
        addClassNames("page", "admin-page");

        grid.addColumn(StoreRef::code)
                .setHeader(getTranslation("admin.store.code"))
                .setAutoWidth(true);
        grid.addColumn(StoreRef::name)
                .setHeader(getTranslation("admin.store.name"))
                .setAutoWidth(true);
        grid.addColumn(store -> store.timeZone().getId())
                .setHeader(getTranslation("admin.store.timeZone"))
                .setAutoWidth(true);
        grid.addColumn(store -> Objects.requireNonNullElse(store.contactPhone(), ""))
                .setHeader(getTranslation("admin.store.phone"))
                .setAutoWidth(true);
        grid.addClassName("stores-grid");
        grid.setAriaLabel(getTranslation("admin.stores.title"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        // a group may run hundreds of stores; the administrator finds one by a few letters of its code or name
        search.setLabel(getTranslation("admin.stores.search"));
        search.setPlaceholder(getTranslation("admin.stores.search.placeholder"));
        search.setId("store-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        code.setLabel(getTranslation("admin.store.code"));
        code.setId("store-code");
        name.setLabel(getTranslation("admin.store.name"));
        name.setId("store-name");
        timeZone.setLabel(getTranslation("admin.store.timeZone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        phone.setLabel(getTranslation("admin.store.phone"));
        errors.on(code, "admin.store.codeRequired", "admin.store.codeTaken").on(name, "admin.store.nameRequired");
        var save = new Button(getTranslation("admin.store.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-store");
        rotate.setText(getTranslation("admin.store.rotate"));
        rotate.addClickListener(e -> confirmRotation());
        var create = new Button(
                getTranslation("admin.stores.new"), e -> grid.asSingleSelect().clear());
        create.addThemeVariants(ButtonVariant.TERTIARY);
        var form = new FormLayout(code, name, timeZone, phone);
        var buttons = new Div(save, rotate, create);
        buttons.addClassName("admin-buttons");

        add(
                new H2(getTranslation("admin.stores.title")),
                search,
                grid,
                formTitle,
                form,
                errors.formError(),
                buttons,
                logo);
        refresh();
        edit(null);
    }

    private void refresh() {
        var wanted = search.getValue().strip().toLowerCase(Locale.ROOT);
        var shown = administration.stores().stream()
                .filter(store -> store.code().toLowerCase(Locale.ROOT).contains(wanted)
                        || store.name().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
        grid.setItems(shown);
        // a short list sits in the page; a long one scrolls inside its own frame so the form stays near
        grid.setAllRowsVisible(shown.size() <= 8);
    }

    private void edit(@Nullable StoreRef store) {
        selected = store;
        errors.clear();
        formTitle.setText(store == null ? getTranslation("admin.stores.new") : store.name());
        code.setValue(store == null ? "" : store.code());
        code.setReadOnly(store != null);
        name.setValue(store == null ? "" : store.name());
        timeZone.setValue(store == null ? "Asia/Shanghai" : store.timeZone().getId());
        phone.setValue(store == null || store.contactPhone() == null ? "" : store.contactPhone());
        rotate.setVisible(store != null);
        logo.show(store);
    }

    private void save() {
        try {
            var zone = ZoneId.of(timeZone.getValue() == null ? "Asia/Shanghai" : timeZone.getValue());
            if (selected == null) {
                var created = administration.createStore(code.getValue(), name.getValue(), zone, phone.getValue());
                search.clear();
                refresh();
                grid.select(created.store());
                OnceOnlySecret.show(
                        getTranslation(
                                "admin.store.apiKey.title", created.store().name()),
                        created.apiKey());
            } else {
                var updated = administration.updateStore(selected.id(), name.getValue(), zone, phone.getValue());
                refresh();
                grid.select(updated);
                Notification.show(getTranslation("admin.saved"));
            }
        } catch (AdministrationRejected rejected) {
            errors.show(rejected.messageKey());
        }
    }

    private void confirmRotation() {
        var store = selected;
        if (store == null) {
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("admin.store.rotate.confirmTitle"),
                getTranslation("admin.store.rotate.confirmText", store.name()),
                getTranslation("admin.store.rotate"),
                e -> OnceOnlySecret.show(
                        getTranslation("admin.store.apiKey.title", store.name()),
                        administration.rotateApiKey(store.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.stores.title") + " · " + getTranslation("app.name");
    }
}
