package com.dealercsi.reporting.ui;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.invitation.InvitationState;
import com.dealercsi.recovery.CaseStatus;
import com.dealercsi.reporting.ListExports;
import com.dealercsi.reporting.ui.ExportLinks.Format;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/** Invitations and cases of the chosen stores and period as files, narrowed by their own states. */
class ListExportsPanel extends Div {

    private static final String INVITATIONS = "report.export.invitations.file";
    private static final String CASES = "report.export.cases.file";

    private final MultiSelectComboBox<InvitationState> invitationStates = new MultiSelectComboBox<>();
    private final Select<Optional<CaseStatus>> caseStatus = new Select<>();
    private final Select<Optional<AlertLevel>> caseLevel = new Select<>();

    ListExportsPanel(ListExports listExports, ExportLinks links) {
        invitationStates.setLabel(getTranslation("dashboard.exports.states"));
        invitationStates.setPlaceholder(getTranslation("dashboard.exports.states.all"));
        invitationStates.setItems(InvitationState.values());
        invitationStates.setItemLabelGenerator(state -> getTranslation(state.messageKey()));
        caseStatus.setLabel(getTranslation("dashboard.exports.status"));
        caseStatus.setItems(Stream.concat(
                        Stream.of(Optional.<CaseStatus>empty()),
                        Arrays.stream(CaseStatus.values()).map(Optional::of))
                .toList());
        caseStatus.setItemLabelGenerator(status -> status.map(s -> getTranslation("recovery.status." + s.name()))
                .orElse(getTranslation("dashboard.exports.any")));
        caseStatus.setValue(Optional.empty());
        caseLevel.setLabel(getTranslation("dashboard.exports.level"));
        caseLevel.setItems(Optional.empty(), Optional.of(AlertLevel.RED), Optional.of(AlertLevel.AMBER));
        caseLevel.setItemLabelGenerator(level -> level.map(l -> getTranslation("alert.level." + l.name()))
                .orElse(getTranslation("dashboard.exports.any")));
        caseLevel.setValue(Optional.empty());

        var invitations = new Div(
                invitationStates,
                links.link(
                        "export-invitations-csv",
                        "dashboard.exports.invitationsCsv",
                        INVITATIONS,
                        Format.CSV,
                        (filter, locale, out) ->
                                listExports.invitationsCsv(filter, invitationStates.getValue(), locale, out)),
                links.link(
                        "export-invitations-xlsx",
                        "dashboard.exports.invitationsXlsx",
                        INVITATIONS,
                        Format.XLSX,
                        (filter, locale, out) ->
                                listExports.invitationsXlsx(filter, invitationStates.getValue(), locale, out)));
        var cases = new Div(
                caseStatus,
                caseLevel,
                links.link(
                        "export-cases-csv",
                        "dashboard.exports.casesCsv",
                        CASES,
                        Format.CSV,
                        (filter, locale, out) -> listExports.casesCsv(
                                filter,
                                caseStatus.getValue().orElse(null),
                                caseLevel.getValue().orElse(null),
                                locale,
                                out)),
                links.link(
                        "export-cases-xlsx",
                        "dashboard.exports.casesXlsx",
                        CASES,
                        Format.XLSX,
                        (filter, locale, out) -> listExports.casesXlsx(
                                filter,
                                caseStatus.getValue().orElse(null),
                                caseLevel.getValue().orElse(null),
                                locale,
                                out)));
        invitations.addClassName("dashboard-actions");
        cases.addClassName("dashboard-actions");
        var details = new Details(getTranslation("dashboard.exports"), new Div(invitations, cases));
        details.addClassName("dashboard-list-exports");
        add(details);
    }
}
