package com.dealercsi.plans.ui;

import com.dealercsi.plans.ActionPlans;
import com.dealercsi.plans.NewPlan;
import com.dealercsi.plans.PlanRuleViolation;
import com.dealercsi.plans.SubjectKind;
import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.survey.Questionnaires;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A new action plan, also opened filled in from a link: {@code plans/new?store=<uuid>&kind=FACTOR&code=SERVICE_ADVISOR}
 * ({@code kind} FACTOR, ITEM, TOPIC or CAUSE; ADR 0060). A refused plan keeps what was typed and says why at each
 * field.
 */
@Route(value = "plans/new", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "GROUP_MANAGER", "GENERAL_MANAGER", "STORE_MANAGER", "CUSTOMER_SERVICE_MANAGER"})
@StyleSheet("plans.css")
public class PlanFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionPlans plans;
    private final SubjectFields subject;
    private final PlanFields fields;
    private final Paragraph refused = new Paragraph();

    public PlanFormView(ActionPlans plans, Questionnaires questionnaires, Clock clock) {
        this.plans = plans;
        addClassNames("page", "plans", "plan-form");
        var stores = plans.storesForNewPlans();
        var zone = stores.isEmpty()
                ? ZoneId.of("Asia/Shanghai")
                : stores.getFirst().timeZone();
        subject = new SubjectFields(questionnaires.get(Questionnaires.STANDARD_VERSION));
        fields = new PlanFields(
                stores, plans::possibleOwners, clock.instant().atZone(zone).toLocalDate());
        refused.addClassName("plan-refused");
        refused.setVisible(false);
        var save = new Button(getTranslation("plans.form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("plan-save");
        var cancel = new Anchor("plans", getTranslation("plans.form.back"));
        cancel.addClassName("plan-button");
        var buttons = new Div(save, cancel);
        buttons.addClassName("plan-buttons");
        add(new H2(getTranslation("plans.form.title")), new Paragraph(getTranslation("plans.form.intro")));
        if (stores.isEmpty()) {
            add(new Paragraph(getTranslation("plans.form.noStores")));
            return;
        }
        add(subject, fields, refused, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("store").flatMap(PlanFormView::uuid).ifPresent(fields::chooseStore);
        var kind = parameters.getSingleParameter("kind").flatMap(SubjectKind::parse);
        var code = parameters.getSingleParameter("code");
        if (kind.isPresent() && code.isPresent() && !code.get().isBlank()) {
            subject.fill(kind.get(), code.get().strip());
        }
    }

    private void save() {
        for (var field : List.of("problem", "measures", "owner", "due", "store")) {
            fields.showProblem(field, null);
        }
        subject.showProblem("subject", null);
        refused.setVisible(false);
        var storeId = fields.storeId();
        if (storeId == null) {
            fields.showProblem("store", getTranslation("plans.error.storeRequired"));
            return;
        }
        try {
            var id = plans.open(new NewPlan(
                    storeId,
                    subject.kind(),
                    subject.code(),
                    subject.factor(),
                    fields.problem(),
                    fields.measures(),
                    fields.ownerId(),
                    fields.due()));
            getUI().ifPresent(ui -> ui.navigate("plans/" + id));
        } catch (PlanRuleViolation violation) {
            for (var problem : violation.problems()) {
                var message = getTranslation(problem.messageKey());
                if (problem.field().equals("subject") || problem.field().equals("factor")) {
                    subject.showProblem(problem.field(), message);
                } else if (!fields.showProblem(problem.field(), message)) {
                    refused.setText(message);
                    refused.setVisible(true);
                }
            }
        }
    }

    private static java.util.Optional<UUID> uuid(String value) {
        try {
            return java.util.Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.form.title") + " · " + getTranslation("app.name");
    }
}
