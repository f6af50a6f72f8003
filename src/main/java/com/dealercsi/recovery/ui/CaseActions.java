package com.dealercsi.recovery.ui;

import com.dealercsi.admin.StaffRef;
import com.dealercsi.recovery.CaseAction;
import com.dealercsi.recovery.CaseDetails;
import com.dealercsi.recovery.RecoveryCases;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;

/** The changes to the case as a whole that its state allows now: acknowledge, close as unreachable, reassign. */
class CaseActions extends Div {

    CaseActions(CaseDetails details, RecoveryCases cases, CaseChanges changes) {
        addClassName("case-actions");
        var caseId = details.row().id();
        var allowed = details.allowedActions();
        if (allowed.contains(CaseAction.ACKNOWLEDGE)) {
            var acknowledge = new Button(
                    getTranslation("recovery.action.acknowledge"),
                    click -> changes.run(() -> cases.acknowledge(caseId)));
            acknowledge.addThemeVariants(ButtonVariant.PRIMARY);
            acknowledge.setId("acknowledge");
            add(acknowledge);
        }
        if (allowed.contains(CaseAction.CLOSE_UNREACHABLE)) {
            var unreachable = new Button(
                    getTranslation("recovery.action.closeUnreachable"),
                    click -> changes.run(() -> cases.closeUnreachable(caseId)));
            unreachable.addThemeVariants(ButtonVariant.ERROR);
            unreachable.setId("close-unreachable");
            add(unreachable);
        }
        if (allowed.contains(CaseAction.REASSIGN)) {
            var owner = new ComboBox<StaffRef>(getTranslation("recovery.detail.reassign"));
            owner.setItems(cases.possibleOwners(details.store().id()).stream()
                    .filter(staff -> !staff.id().equals(details.ownerStaffId()))
                    .toList());
            owner.setItemLabelGenerator(StaffRef::name);
            owner.setId("reassign-to");
            var reassign = new Button(getTranslation("recovery.detail.reassignButton"), click -> {
                if (owner.getValue() == null) {
                    owner.setErrorMessage(getTranslation("recovery.error.sameOwner"));
                    owner.setInvalid(true);
                    return;
                }
                changes.run(() -> cases.reassign(caseId, owner.getValue().id()));
            });
            reassign.setId("reassign");
            var group = new Div(owner, reassign);
            group.addClassName("case-reassign");
            add(group);
        }
    }
}
