package com.dealercsi.recovery.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.recovery.CaseDueTimes;
import com.dealercsi.recovery.DueTimes;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** A store's case due times in hours: acknowledge, first contact, close. Cases opened afterwards use them. */
@Route(value = "case-due-times", layout = MainLayout.class)
@Menu(title = "recovery.nav.dueTimes", order = 9)
@RolesAllowed({"ADMIN", "STORE_MANAGER"})
public class DueTimesView extends Main implements HasDynamicTitle {

    private final CaseDueTimes dueTimes;
    private final Select<StoreRef> store = new Select<>();
    private final IntegerField acknowledge = hours("acknowledge");
    private final IntegerField firstContact = hours("firstContact");
    private final IntegerField close = hours("close");
    private final Map<String, IntegerField> fields =
            Map.of("acknowledge", acknowledge, "firstContact", firstContact, "close", close);

    public DueTimesView(CaseDueTimes dueTimes) {
        this.dueTimes = dueTimes;
        addClassNames("page", "due-times");
        var stores = dueTimes.editableStores();
        store.setLabel(getTranslation("recovery.filter.store"));
        store.setItems(stores);
        store.setItemLabelGenerator(StoreRef::name);
        store.setId("due-times-store");
        store.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(dueTimes.of(change.getValue().id()));
            }
        });
        var save = new Button(getTranslation("recovery.dueTimes.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("due-times-save");
        var defaults = new Button(getTranslation("recovery.dueTimes.defaults"), click -> show(dueTimes.defaults()));
        defaults.setId("due-times-defaults");
        var buttons = new Div(defaults, save);
        buttons.addClassName("case-badges");
        var fieldsBox = new Div(acknowledge, firstContact, close);
        fieldsBox.addClassName("due-times-fields");
        var standard = dueTimes.defaults();
        add(
                new H2(getTranslation("recovery.dueTimes.title")),
                new Paragraph(getTranslation(
                        "recovery.dueTimes.intro",
                        standard.acknowledgeHours(),
                        standard.firstContactHours(),
                        standard.closeHours())),
                store,
                fieldsBox,
                buttons);
        store.setVisible(stores.size() > 1);
        if (!stores.isEmpty()) {
            store.setValue(stores.getFirst());
        }
    }

    private IntegerField hours(String field) {
        var input = new IntegerField(getTranslation("recovery.dueTimes.field." + field));
        input.setId("due-" + field);
        input.setSuffixComponent(new Div(getTranslation("recovery.dueTimes.hours")));
        input.setStepButtonsVisible(true);
        input.setMin(1);
        input.setMax(DueTimes.MAX_HOURS);
        input.setRequiredIndicatorVisible(true);
        input.addValueChangeListener(change -> input.setInvalid(false));
        return input;
    }

    private void show(DueTimes times) {
        acknowledge.setValue(times.acknowledgeHours());
        firstContact.setValue(times.firstContactHours());
        close.setValue(times.closeHours());
        fields.values().forEach(field -> field.setInvalid(false));
    }

    private void save() {
        var selected = store.getValue();
        if (selected == null) {
            return;
        }
        // an empty or unreadable field counts as 0 hours, which the range check names in a sentence
        var changed = new DueTimes(valueOf(acknowledge), valueOf(firstContact), valueOf(close));
        var problems = dueTimes.save(selected.id(), changed);
        fields.values().forEach(field -> field.setInvalid(false));
        for (var problem : problems) {
            var field = fields.get(problem.field());
            field.setErrorMessage(getTranslation(problem.messageKey(), DueTimes.MAX_HOURS));
            field.setInvalid(true);
        }
        if (problems.isEmpty()) {
            Notification.show(getTranslation("recovery.dueTimes.saved"), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        }
    }

    private static int valueOf(IntegerField field) {
        var value = field.getValue();
        return value == null ? 0 : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.dueTimes.title") + " · " + getTranslation("app.name");
    }
}
