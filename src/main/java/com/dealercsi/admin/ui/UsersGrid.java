package com.dealercsi.admin.ui;

import com.dealercsi.admin.StaffAccount;
import com.dealercsi.admin.StoreRef;
import com.vaadin.flow.component.grid.Grid;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The staff list: name, e-mail, roles and stores in words, and whether the account may sign in. */
class UsersGrid extends Grid<StaffAccount> {

    UsersGrid(Supplier<Map<UUID, StoreRef>> storesById) {
        addColumn(StaffAccount::name)
                .setHeader(getTranslation("admin.user.name"))
                .setAutoWidth(true);
        addColumn(StaffAccount::email)
                .setHeader(getTranslation("admin.user.email"))
                .setAutoWidth(true);
        addColumn(account -> account.roles().stream()
                        .sorted()
                        .map(role -> getTranslation("admin.role." + role.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.user.roles"))
                .setAutoWidth(true);
        addColumn(account -> account.storeIds().stream()
                        .map(storesById.get()::get)
                        .filter(Objects::nonNull)
                        .map(StoreRef::name)
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.user.stores"))
                .setAutoWidth(true);
        addColumn(account -> account.active() ? "✓" : "–").setHeader(getTranslation("admin.user.active"));
        setAriaLabel(getTranslation("admin.users.title"));
        setHeight("22rem");
    }
}
