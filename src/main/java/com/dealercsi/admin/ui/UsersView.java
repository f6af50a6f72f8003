package com.dealercsi.admin.ui;

import com.dealercsi.admin.AdministrationRejected;
import com.dealercsi.admin.Role;
import com.dealercsi.admin.StaffAccount;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Administrators add staff, give them roles and stores, deactivate them and reset forgotten passwords. */
@Route(value = "admin/users", layout = MainLayout.class)
@Menu(title = "admin.users.nav", order = 81)
@RolesAllowed("ADMIN")
public class UsersView extends Main implements HasDynamicTitle {

    private final StoreAdministration administration;
    private final UsersGrid grid = new UsersGrid(() -> this.storesById);
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Language> language = new Select<>();
    private final TextField staffCode = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final MultiSelectComboBox<StoreRef> stores = new MultiSelectComboBox<>();
    private final Checkbox active = new Checkbox();
    private final FieldErrors errors = new FieldErrors(this::getTranslation);
    private final Button reset = new Button();
    private final H3 formTitle = new H3();
    private Map<UUID, StoreRef> storesById = Map.of();
    private @Nullable StaffAccount selected;

    public UsersView(StoreAdministration administration) {
        this.administration = administration;
        addClassNames("page", "admin-page");

        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        name.setLabel(getTranslation("admin.user.name"));
        name.setId("user-name");
        email.setLabel(getTranslation("admin.user.email"));
        email.setId("user-email");
        language.setLabel(getTranslation("admin.user.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("admin.language." + l.name()));
        staffCode.setLabel(getTranslation("admin.user.staffCode"));
        roles.setLabel(getTranslation("admin.user.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        stores.setLabel(getTranslation("admin.user.stores"));
        stores.setItemLabelGenerator(StoreRef::name);
        active.setLabel(getTranslation("admin.user.active"));
        errors.on(name, "admin.user.nameRequired")
                .on(email, "admin.user.emailInvalid", "admin.user.emailTaken")
                .on(roles, "admin.user.roleRequired")
                .on(stores, "admin.store.unknown");
        var save = new Button(getTranslation("admin.user.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-user");
        reset.setText(getTranslation("admin.user.reset"));
        reset.addClickListener(e -> confirmReset());
        var create = new Button(
                getTranslation("admin.users.new"), e -> grid.asSingleSelect().clear());
        create.addThemeVariants(ButtonVariant.TERTIARY);
        var form = new FormLayout(name, email, language, staffCode, stores, active, roles);
        form.setColspan(roles, 2);
        var buttons = new Div(save, reset, create);
        buttons.addClassName("admin-buttons");

        add(new H2(getTranslation("admin.users.title")), grid, formTitle, form, errors.formError(), buttons);
        refresh();
        edit(null);
    }

    private void refresh() {
        var all = administration.stores();
        storesById = all.stream().collect(Collectors.toMap(StoreRef::id, Function.identity()));
        stores.setItems(all);
        grid.setItems(administration.staff());
    }

    private void edit(@Nullable StaffAccount account) {
        selected = account;
        errors.clear();
        formTitle.setText(account == null ? getTranslation("admin.users.new") : account.name());
        name.setValue(account == null ? "" : account.name());
        email.setValue(account == null ? "" : account.email());
        language.setValue(account == null ? Language.ZH_CN : account.language());
        staffCode.setValue(account == null || account.staffCode() == null ? "" : account.staffCode());
        roles.setValue(account == null ? Set.of() : account.roles());
        stores.setValue(
                account == null
                        ? Set.of()
                        : account.storeIds().stream()
                                .map(storesById::get)
                                .filter(Objects::nonNull)
                                .collect(Collectors.toSet()));
        active.setValue(account == null || account.active());
        active.setVisible(account != null);
        reset.setVisible(account != null);
    }

    private void save() {
        errors.clear();
        var chosenRoles = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
        var storeIds = stores.getValue().stream().map(StoreRef::id).collect(Collectors.toSet());
        try {
            if (selected == null) {
                var created = administration.addStaff(
                        name.getValue(),
                        email.getValue(),
                        language.getValue(),
                        staffCode.getValue(),
                        chosenRoles,
                        storeIds);
                refresh();
                grid.select(created.account());
                OnceOnlySecret.show(
                        getTranslation(
                                "admin.user.password.title", created.account().name()),
                        created.password());
            } else {
                var updated = administration.updateStaff(
                        selected.id(),
                        name.getValue(),
                        email.getValue(),
                        language.getValue(),
                        staffCode.getValue(),
                        chosenRoles,
                        storeIds,
                        active.getValue());
                refresh();
                grid.select(updated);
                Notification.show(getTranslation("admin.saved"));
            }
        } catch (AdministrationRejected rejected) {
            errors.show(rejected.messageKey());
        }
    }

    private void confirmReset() {
        var account = selected;
        if (account == null) {
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("admin.user.reset.confirmTitle"),
                getTranslation("admin.user.reset.confirmText", account.name()),
                getTranslation("admin.user.reset"),
                e -> OnceOnlySecret.show(
                        getTranslation("admin.user.password.title", account.name()),
                        administration.resetPassword(account.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " · " + getTranslation("app.name");
    }
}
