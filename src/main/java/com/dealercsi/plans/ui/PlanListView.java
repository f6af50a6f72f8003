package com.dealercsi.plans.ui;

import com.dealercsi.plans.ActionPlans;
import com.dealercsi.plans.PlanRow;
import com.dealercsi.plans.PlanSubjects;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * Action plans of the user's stores and the plans they own, running ones first and soonest due first; overdue
 * ones say so in words. Managers open a new plan from here.
 */
@Route(value = "plans", layout = MainLayout.class)
@Menu(title = "plans.nav", order = 3)
@PermitAll
@StyleSheet("plans.css")
public class PlanListView extends Main implements HasDynamicTitle {

    private final Grid<PlanRow> grid = new Grid<>();

    public PlanListView(ActionPlans plans, PlanSubjects subjects) {
        addClassNames("page", "plans");
        var filters = new PlanFilters(
                plans.storesToFilter(), () -> grid.getDataProvider().refreshAll());
        var header = new Div(new H2(getTranslation("plans.list.title")));
        header.addClassName("plans-header");
        if (ActionPlans.mayOpen()) {
            var create = new Anchor("plans/new", getTranslation("plans.list.new"));
            create.addClassNames("plan-button", "plan-button-primary");
            create.setId("plans-new");
            header.add(create);
        }
        grid.addComponentColumn(row -> card(row, subjects))
                .setHeader(getTranslation("plans.list.plan"))
                .setFlexGrow(1);
        grid.setItems(query -> plans.find(filters.filter(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) plans.count(filters.filter()));
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("plans.list.empty"));
        grid.setAriaLabel(getTranslation("plans.list.title"));
        grid.setId("plans");
        grid.setSizeFull();
        add(header, filters, grid);
        setSizeFull();
    }

    /** One plan as a small card: phone first, a real link to the plan, the status and due date in words. */
    private Div card(PlanRow row, PlanSubjects subjects) {
        var link = new Anchor("plans/" + row.id(), subjects.describe(row.subject(), getLocale()));
        link.addClassName("plan-link");
        var status = new Span(getTranslation(row.status().messageKey()));
        status.addClassNames("plan-status", "plan-status-" + row.status().name().toLowerCase(Locale.ROOT));
        var due = new Span(getTranslation("plans.list.due", PlanWords.date(row.dueDate(), getLocale())));
        var facts = new Div(status, due, new Span(row.ownerName()), new Span(row.storeName()));
        facts.addClassName("plan-facts");
        if (row.overdue()) {
            var late = new Span(getTranslation("plans.list.overdue"));
            late.addClassName("plan-overdue");
            facts.addComponentAsFirst(late);
        }
        var card = new Div(link, facts);
        card.addClassName("plan-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.list.title") + " · " + getTranslation("app.name");
    }
}
