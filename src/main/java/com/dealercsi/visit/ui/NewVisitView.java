package com.dealercsi.visit.ui;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.Staff;
import com.dealercsi.admin.StaffRef;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.visit.NewVisit;
import com.dealercsi.visit.ServiceType;
import com.dealercsi.visit.VisitRejected;
import com.dealercsi.visit.Visits;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.Map;

/** A single delivered visit typed in by staff; the same rules as the DMS API apply. */
@Route(value = "visits/new", layout = MainLayout.class)
@Menu(title = "nav.newVisit", order = 2)
@RolesAllowed({"ADMIN", "STORE_MANAGER", "CUSTOMER_SERVICE_MANAGER", "CUSTOMER_SERVICE"})
public class NewVisitView extends Main implements HasDynamicTitle {

    private final Visits visits;
    private final Staff staff;
    private final Select<StoreRef> store = new Select<>();
    private final TextField roNumber = new TextField();
    private final TextField ownerName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField plate = new TextField();
    private final TextField vin = new TextField();
    private final TextField model = new TextField();
    private final Select<ServiceType> serviceType = new Select<>();
    private final ComboBox<StaffRef> advisor = new ComboBox<>();
    private final DateTimePicker deliveredAt = new DateTimePicker();
    private final Select<Language> language = new Select<>();

    public NewVisitView(Visits visits, Staff staff, Stores stores) {
        this.visits = visits;
        this.staff = staff;
        addClassName("page");
        var myStores = stores.all().stream()
                .filter(s -> CurrentStaff.require().storeIds().contains(s.id()))
                .toList();
        store.setLabel(getTranslation("visit.field.store"));
        store.setItems(myStores);
        store.setItemLabelGenerator(StoreRef::name);
        store.addValueChangeListener(change -> loadAdvisors(change.getValue()));
        roNumber.setLabel(getTranslation("visit.field.roNumber"));
        ownerName.setLabel(getTranslation("visit.field.ownerName"));
        email.setLabel(getTranslation("visit.field.email"));
        phone.setLabel(getTranslation("visit.field.phone"));
        plate.setLabel(getTranslation("visit.field.plate"));
        vin.setLabel(getTranslation("visit.field.vin"));
        vin.setHelperText(getTranslation("visit.field.vin.helper"));
        model.setLabel(getTranslation("visit.field.model"));
        serviceType.setLabel(getTranslation("visit.field.serviceType"));
        serviceType.setItems(ServiceType.values());
        serviceType.setItemLabelGenerator(type -> getTranslation(type.labelKey()));
        serviceType.setValue(ServiceType.MAINTENANCE);
        advisor.setLabel(getTranslation("visit.field.advisor"));
        advisor.setItemLabelGenerator(StaffRef::name);
        deliveredAt.setLabel(getTranslation("visit.field.deliveredAt"));
        language.setLabel(getTranslation("visit.field.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l == Language.ZH_CN ? "简体中文" : "English");
        language.setValue(Language.ZH_CN);
        if (!myStores.isEmpty()) {
            store.setValue(myStores.getFirst());
            deliveredAt.setValue(LocalDateTime.now(myStores.getFirst().timeZone())
                    .withSecond(0)
                    .withNano(0));
        }

        var form = new FormLayout(
                store,
                roNumber,
                ownerName,
                email,
                phone,
                plate,
                vin,
                model,
                serviceType,
                advisor,
                deliveredAt,
                language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var save = new Button(getTranslation("visit.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-visit");
        add(new H2(getTranslation("visit.new.title")), form, save);
    }

    private void loadAdvisors(StoreRef selected) {
        advisor.setItems(
                selected == null
                        ? java.util.List.of()
                        : staff.withAnyRole(selected.id(), java.util.List.of(Role.ADVISOR)));
    }

    private void save() {
        clearProblems();
        if (store.getValue() == null) {
            store.setInvalid(true);
            store.setErrorMessage(getTranslation("visit.store.required"));
            return;
        }
        var zone = store.getValue().timeZone();
        var request = new NewVisit(
                roNumber.getValue(),
                ownerName.getValue(),
                email.getValue(),
                phone.getValue(),
                plate.getValue(),
                vin.getValue(),
                model.getValue(),
                serviceType.getValue(),
                advisor.getValue() == null ? "" : advisor.getValue().name(),
                deliveredAt.getValue() == null
                        ? null
                        : deliveredAt.getValue().atZone(zone).toOffsetDateTime(),
                language.getValue() == null ? "" : language.getValue().tag());
        try {
            var registration = visits.register(store.getValue().id(), request);
            var noEmail = registration.warnings().stream()
                    .anyMatch(warning -> warning.field().equals("email"));
            var message = getTranslation(
                    !registration.created() ? "visit.alreadyThere" : noEmail ? "visit.savedForCall" : "visit.saved",
                    request.roNumber());
            Notification.show(message, 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            if (registration.created()) {
                roNumber.clear();
                ownerName.clear();
                email.clear();
                phone.clear();
                plate.clear();
                vin.clear();
                model.clear();
            }
        } catch (VisitRejected rejected) {
            var fields = fields();
            rejected.problems().forEach(problem -> {
                var field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(problem.messageKey()));
                    field.setInvalid(true);
                }
            });
        }
    }

    private void clearProblems() {
        fields().values().forEach(field -> field.setInvalid(false));
        store.setInvalid(false);
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(
                Map.entry("roNumber", roNumber),
                Map.entry("ownerName", ownerName),
                Map.entry("email", email),
                Map.entry("phone", phone),
                Map.entry("plate", plate),
                Map.entry("vin", vin),
                Map.entry("model", model),
                Map.entry("serviceType", serviceType),
                Map.entry("advisor", advisor),
                Map.entry("deliveredAt", deliveredAt),
                Map.entry("language", language));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visit.new.title") + " · " + getTranslation("app.name");
    }
}
