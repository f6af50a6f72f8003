package com.dealercsi.recovery.ui;

import com.dealercsi.privacy.ContactField;
import com.dealercsi.privacy.OwnerContacts;
import com.dealercsi.privacy.RevealPurpose;
import com.dealercsi.recovery.CaseDetails;
import com.dealercsi.recovery.Causes;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.shared.ui.ContactReveal;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One case: who and what it is about, the five steps with their notes, the contact attempts, the history, and a
 * button for each change the case allows now. The rules live in the case; this view only asks and shows, and
 * after every change shows the case afresh.
 */
@Route(value = "cases/:caseId", layout = MainLayout.class)
@RolesAllowed({
    "ADMIN",
    "GROUP_MANAGER",
    "GENERAL_MANAGER",
    "STORE_MANAGER",
    "CUSTOMER_SERVICE_MANAGER",
    "CUSTOMER_SERVICE"
})
public class CaseDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The longest note the case's forms take. */
    static final int NOTE_LENGTH = 2000;

    private static final List<RecoveryStep> STEPS =
            List.of(RecoveryStep.APOLOGY, RecoveryStep.FIX, RecoveryStep.EMPATHY, RecoveryStep.ATONEMENT);

    private final RecoveryCases cases;
    private final OwnerContacts contacts;
    private final Causes causes;
    private final CaseChanges changes = new CaseChanges(this, this::reload);
    private @Nullable UUID caseId;

    public CaseDetailView(RecoveryCases cases, OwnerContacts contacts, Causes causes) {
        this.cases = cases;
        this.causes = causes;
        this.contacts = contacts;
        addClassNames("page", "recovery-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters()
                .get("caseId")
                .flatMap(CaseDetailView::uuid)
                .orElse(null);
        reload();
    }

    private void reload() {
        removeAll();
        var details = caseId == null ? Optional.<CaseDetails>empty() : cases.details(caseId);
        if (details.isEmpty()) {
            add(new H2(getTranslation("recovery.detail.notFound")), back());
            return;
        }
        show(details.get());
    }

    private void show(CaseDetails details) {
        var visit = details.visit();
        add(
                back(),
                new H2(getTranslation("recovery.detail.title", visit.ownerName(), visit.plate())),
                new CaseBanner(details),
                new CaseState(details.row()),
                new CaseActions(details, cases, changes),
                facts(details));
        var response = new Anchor("responses/" + details.responseId(), getTranslation("recovery.detail.response"));
        response.addClassName("case-response-link");
        add(response);
        add(new H3(getTranslation("recovery.detail.attempts")), new ContactAttempts(details, cases, changes));
        add(new H3(getTranslation("recovery.detail.steps")));
        STEPS.forEach(step -> add(new StepCard(details, step, cases, changes)));
        add(new CloseStep(details, cases, causes, changes));
        add(new H3(getTranslation("recovery.detail.audit")), new CaseHistory(details));
    }

    private Facts facts(CaseDetails details) {
        var row = details.row();
        var visit = details.visit();
        return new Facts()
                .with("recovery.field.store", details.store().name())
                .with("recovery.field.carOwner", visit.ownerName())
                .with("recovery.field.phone", phone(details))
                .with("recovery.field.car", visit.model() + " · " + visit.plate())
                .with("recovery.field.ro", visit.roNumber())
                .with("recovery.field.advisor", visit.advisorName())
                .with(
                        "recovery.field.caseOwner",
                        row.caseOwner() == null ? getTranslation("recovery.owner.none") : row.caseOwner())
                .with("recovery.field.openedAt", time(row.openedAt(), details))
                .with("recovery.field.acknowledgeDue", time(details.acknowledgeDue(), details))
                .with("recovery.field.firstContactDue", time(details.firstContactDue(), details))
                .with("recovery.field.closeDue", time(row.closeDue(), details))
                .with("recovery.field.acknowledgedAt", time(details.acknowledgedAt(), details))
                .with("recovery.field.firstContactAt", time(details.firstContactAt(), details))
                .with("recovery.field.closedAt", time(details.closedAt(), details));
    }

    /** Masked, with "Show number" for those who call the owner back: the full number is fetched on the tap. */
    private ContactReveal phone(CaseDetails details) {
        var visit = details.visit();
        return new ContactReveal(
                visit.phone(),
                visit.ownerName(),
                contacts.mayReveal(RevealPurpose.CASE)
                        ? () -> contacts.reveal(visit.id(), ContactField.MOBILE, RevealPurpose.CASE)
                        : null);
    }

    private String time(@Nullable Instant instant, CaseDetails details) {
        return CaseTime.of(instant, details, getLocale());
    }

    private Anchor back() {
        var back = new Anchor("cases", "← " + getTranslation("recovery.detail.back"));
        back.addClassName("case-back");
        return back;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.detail.pageTitle") + " · " + getTranslation("app.name");
    }
}
