package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CaseRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** The case's status with its late or escalated flag and the owner's follow-up answer, as the list shows them. */
class CaseState extends Div {

    CaseState(CaseRow row) {
        addClassName("case-state");
        var status = new Span(getTranslation("recovery.status." + row.status().name()));
        status.addClassName("case-status-badge");
        status.setId("case-status");
        add(status);
        if (!row.status().isClosed() && row.late()) {
            var late = new Span(getTranslation(row.escalated() ? "recovery.list.escalated" : "recovery.list.late"));
            late.addClassName("case-late-flag");
            add(late);
        }
        var answer = row.followUpAnswer();
        if (answer != null) {
            var marker = new Span(getTranslation("recovery.list.followUp." + answer.name()));
            marker.addClassNames(
                    "follow-up-marker", "follow-up-marker-" + answer.name().toLowerCase(Locale.ROOT));
            add(marker);
        }
    }
}
