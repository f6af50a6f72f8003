package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * The alert mail's button: it knows the answer, not the case (the case may open a moment after the mail is
 * queued). Goes to the answer's case, or to the answer itself when there is none.
 */
@Route(value = "cases/response/:responseId", layout = MainLayout.class)
@RolesAllowed({
    "ADMIN",
    "GROUP_MANAGER",
    "GENERAL_MANAGER",
    "STORE_MANAGER",
    "CUSTOMER_SERVICE_MANAGER",
    "CUSTOMER_SERVICE"
})
public class CaseOfResponseRoute extends Div implements BeforeEnterObserver {

    private final RecoveryCases cases;

    public CaseOfResponseRoute(RecoveryCases cases) {
        this.cases = cases;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var responseId = event.getRouteParameters().get("responseId").orElse("");
        UUID id;
        try {
            id = UUID.fromString(responseId);
        } catch (IllegalArgumentException e) {
            event.forwardTo("cases");
            return;
        }
        cases.caseOfResponse(id)
                .ifPresentOrElse(
                        caseId -> event.forwardTo("cases/" + caseId), () -> event.forwardTo("responses/" + id));
    }
}
