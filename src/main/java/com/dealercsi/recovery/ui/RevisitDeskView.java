package com.dealercsi.recovery.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.privacy.ContactField;
import com.dealercsi.privacy.OwnerContacts;
import com.dealercsi.privacy.RevealPurpose;
import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.RevisitDesk;
import com.dealercsi.recovery.RevisitResult;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.ui.ContactReveal;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Today's revisit calls (回访) for customer-service staff, with the phone one tap away, and the revisit rate. */
@Route(value = "revisits", layout = MainLayout.class)
@Menu(title = "recovery.nav.revisits", order = 3)
@RolesAllowed({
    "ADMIN",
    "GROUP_MANAGER",
    "GENERAL_MANAGER",
    "STORE_MANAGER",
    "CUSTOMER_SERVICE_MANAGER",
    "CUSTOMER_SERVICE"
})
public class RevisitDeskView extends Main implements HasDynamicTitle {

    private static final int RATE_DAYS = 7;

    private final RevisitDesk desk;
    private final OwnerContacts contacts;
    /** Managers above the store watch the desk's list, numbers masked; the ones who call may show a number. */
    private final boolean mayCall;

    private final Select<StoreRef> store = new Select<>();
    private final Grid<RevisitDesk.Call> grid = new Grid<>();
    private final Div rates = new Div();
    /** Managers above the store watch the desk but do not take answers. */
    private final boolean mayAnswerByPhone = CurrentStaff.get()
            .map(user -> user.getAuthorities().stream()
                    .map(a -> a.getAuthority())
                    .anyMatch(a -> a.equals("ROLE_ADMIN")
                            || a.equals("ROLE_STORE_MANAGER")
                            || a.equals("ROLE_CUSTOMER_SERVICE_MANAGER")
                            || a.equals("ROLE_CUSTOMER_SERVICE")))
            .orElse(false);

    public RevisitDeskView(RevisitDesk desk, OwnerContacts contacts) {
        this.desk = desk;
        this.contacts = contacts;
        this.mayCall = contacts.mayReveal(RevealPurpose.REVISIT_CALL);
        addClassNames("page", "revisit-desk");
        var stores = desk.visibleStores();
        store.setLabel(getTranslation("recovery.filter.store"));
        store.setItems(stores);
        store.setItemLabelGenerator(StoreRef::name);
        store.setId("revisit-store");
        store.addValueChangeListener(change -> refresh());

        // who with the number under the name, and the three outcomes stacked: on a phone that is what fits
        grid.addComponentColumn(call -> {
                    var who = new Div(
                            new Span(call.ownerName() + " · " + call.plate()),
                            new ContactReveal(
                                    call.phone(),
                                    call.ownerName(),
                                    mayCall
                                            ? () -> contacts.reveal(
                                                    call.visitId(), ContactField.MOBILE, RevealPurpose.REVISIT_CALL)
                                            : null));
                    who.addClassName("revisit-who");
                    return who;
                })
                .setHeader(getTranslation("recovery.field.carOwner"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("recovery.revisit.log"))
                .setAutoWidth(true);
        grid.addColumn(call -> Formats.dateTime(call.deliveredAt(), call.storeZone(), getLocale()))
                .setHeader(getTranslation("recovery.revisit.delivered"))
                .setAutoWidth(true);
        grid.addColumn(RevisitDesk.Call::roNumber)
                .setHeader(getTranslation("recovery.field.ro"))
                .setAutoWidth(true);
        grid.addColumn(RevisitDesk.Call::advisorName)
                .setHeader(getTranslation("recovery.field.advisor"))
                .setAutoWidth(true);
        grid.addColumn(RevisitDesk.Call::calls)
                .setHeader(getTranslation("recovery.revisit.calls"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("recovery.revisit.empty"));
        grid.setAriaLabel(getTranslation("recovery.revisit.title"));
        grid.setId("revisits");
        grid.setAllRowsVisible(true);
        rates.addClassName("case-audit");
        rates.setId("revisit-rates");

        add(
                new H2(getTranslation("recovery.revisit.title")),
                store,
                grid,
                new H3(getTranslation("recovery.revisit.rates")),
                rates);
        if (stores.isEmpty()) {
            store.setVisible(false);
        } else {
            store.setVisible(stores.size() > 1);
            store.setValue(stores.getFirst());
        }
    }

    private Div actions(RevisitDesk.Call call) {
        var buttons = new Div();
        buttons.addClassNames("case-badges", "revisit-actions");
        if (mayAnswerByPhone) {
            var survey = new Button(
                    getTranslation("recovery.phoneSurvey.open"),
                    click -> getUI().ifPresent(ui -> ui.navigate(
                            PhoneSurveyView.class,
                            new RouteParameters("visitId", call.visitId().toString()))));
            survey.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            survey.setId("revisit-survey-" + call.roNumber());
            buttons.add(survey);
        }
        for (var result : RevisitResult.values()) {
            var button = new Button(
                    getTranslation("recovery.revisit.result." + result.name()), click -> confirm(call, result));
            button.addThemeVariants(ButtonVariant.SMALL);
            if (result == RevisitResult.REACHED) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            button.setId("revisit-" + result.name() + "-" + call.roNumber());
            buttons.add(button);
        }
        return buttons;
    }

    private void confirm(RevisitDesk.Call call, RevisitResult result) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("recovery.revisit.result." + result.name()) + " · " + call.ownerName());
        var note = new TextField(getTranslation("recovery.attempt.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setId("revisit-note");
        var save = new Button(getTranslation("recovery.revisit.save"), click -> {
            try {
                desk.logCall(call.visitId(), result, note.getValue());
                Notification.show(getTranslation("recovery.detail.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (CaseRuleViolation violation) {
                Notification.show(getTranslation(violation.messageKey()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("revisit-save");
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("recovery.revisit.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        var selected = store.getValue();
        if (selected == null) {
            return;
        }
        grid.setItems(desk.callList(selected.id()));
        rates.removeAll();
        var days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (var rate : desk.rates(selected.id(), RATE_DAYS)) {
            var line = new Div(
                    new Span(days.format(rate.day())),
                    new Span(rate.percent() == null ? "–" : Math.round(rate.percent()) + " %"),
                    new Span(getTranslation("recovery.revisit.rateDetail", rate.revisited(), rate.delivered())));
            line.addClassName("case-line");
            rates.add(line);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.revisit.title") + " · " + getTranslation("app.name");
    }
}
