package com.dealercsi.reporting.ui;

import com.dealercsi.admin.Role;
import com.dealercsi.reporting.Dashboard;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.Language;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.topics.TopicFigure;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "Start an action plan" for each weak factor and its weakest item: a factor is weak when it scores below the
 * period's CSI, i.e. it pulls the CSI down. The links open the plans' form filled in (ADR 0060 gives the format);
 * shown only to those who open plans, and not in an advisor's own view.
 */
@com.vaadin.flow.component.dependency.StyleSheet("plans.css")
class PlanLinks extends Div {

    /** The roles {@code plans.ActionPlans} lets open plans; named here because reporting cannot depend on plans. */
    private static final Set<Role> PLANNERS = EnumSet.of(
            Role.ADMIN, Role.GROUP_MANAGER, Role.GENERAL_MANAGER, Role.STORE_MANAGER, Role.CUSTOMER_SERVICE_MANAGER);

    PlanLinks(Dashboard dashboard, Questionnaire standard) {
        addClassName("factor-plan-links");
        var csi = dashboard.current().csi();
        if (csi == null || dashboard.ownResultsOnly() || !mayPlan()) {
            setVisible(false);
            return;
        }
        var store =
                dashboard.stores().size() == 1 ? dashboard.stores().getFirst().id() + "" : null;
        var language = Language.of(getLocale());
        for (var factor : dashboard.factors()) {
            if (!factor.isWeakAgainst(csi)) {
                continue;
            }
            var name = getTranslation(factor.factor().messageKey());
            add(link(
                    getTranslation("dashboard.plan.factor", name),
                    store,
                    "FACTOR",
                    factor.factor().name()));
            factor.itemsWeakestFirst().stream()
                    .findFirst()
                    .ifPresent(item -> add(link(
                            getTranslation(
                                    "dashboard.plan.item",
                                    standard.item(item.itemId())
                                            .map(i -> i.text(language))
                                            .orElse(name)),
                            store,
                            "ITEM",
                            item.itemId())));
        }
        setVisible(getComponentCount() > 0);
    }

    private PlanLinks() {
        addClassName("factor-plan-links");
    }

    /**
     * The same for the topics owners complain about most: at most three, each mentioned negatively in at least half
     * of its mentions, the most negative mentions first.
     */
    static PlanLinks forTopics(Dashboard dashboard, List<TopicFigure> figures) {
        var links = new PlanLinks();
        if (dashboard.ownResultsOnly() || !mayPlan()) {
            links.setVisible(false);
            return links;
        }
        var store =
                dashboard.stores().size() == 1 ? dashboard.stores().getFirst().id() + "" : null;
        figures.stream()
                .filter(figure -> figure.negativeShare() != null && figure.negativeShare() >= 50)
                .sorted(Comparator.comparingLong(TopicFigure::negative).reversed())
                .limit(3)
                .forEach(figure -> links.add(link(
                        links.getTranslation(
                                "dashboard.plan.topic",
                                links.getTranslation(figure.topic().messageKey())),
                        store,
                        "TOPIC",
                        figure.topic().code())));
        links.setVisible(links.getComponentCount() > 0);
        return links;
    }

    private static Anchor link(String text, @Nullable String store, String kind, String code) {
        var href = "plans/new?" + (store == null ? "" : "store=" + store + "&") + "kind=" + kind + "&code=" + code;
        var link = new Anchor(href, text);
        link.addClassName("plan-link");
        return link;
    }

    private static boolean mayPlan() {
        return CurrentStaff.get()
                .map(user -> user.getAuthorities().stream()
                        .anyMatch(a ->
                                PLANNERS.stream().anyMatch(r -> a.getAuthority().equals("ROLE_" + r.name()))))
                .orElse(false);
    }
}
