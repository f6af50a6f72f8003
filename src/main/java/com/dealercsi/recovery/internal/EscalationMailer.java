package com.dealercsi.recovery.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.mail.MailPurpose;
import com.dealercsi.shared.mail.StaffMailer;
import com.dealercsi.shared.mail.StaffNotice;
import com.dealercsi.visit.Visits;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes the escalation mail in the general manager's language: which case, which due time, who owns it. */
@Component
class EscalationMailer {

    private final RecoveryCaseRepository cases;
    private final Visits visits;
    private final Stores stores;
    private final StaffMailer staffMailer;
    private final CsiProperties csi;

    EscalationMailer(
            RecoveryCaseRepository cases, Visits visits, Stores stores, StaffMailer staffMailer, CsiProperties csi) {
        this.cases = cases;
        this.visits = visits;
        this.stores = stores;
        this.staffMailer = staffMailer;
        this.csi = csi;
    }

    /** Once per case, breach and recipient. */
    @ApplicationModuleListener
    void on(EscalationMailDue due) {
        var notice = new StaffNotice(
                MailPurpose.ESCALATION,
                "recovery-escalation",
                "recovery.mail.escalation.subject",
                "recovery_escalation_mail_sent",
                Map.of("case_id", due.caseId(), "breach", due.breach().name()));
        staffMailer.sendOnce(notice, due.recipientEmail(), due.recipientLanguage(), wording -> {
            var escalated = cases.findById(due.caseId()).orElseThrow();
            var visit = visits.find(escalated.visitId()).orElseThrow();
            var store = stores.get(escalated.storeId());
            var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(wording.locale())
                    .withZone(store.timeZone());
            var breach = wording.text("recovery.breach." + due.breach().name());
            var variables = new HashMap<String, Object>(visit.staffMailVariables());
            variables.put("breach", breach);
            variables.put(
                    "level", wording.text("alert.level." + escalated.level().name()));
            variables.put("storeName", store.name());
            variables.put(
                    "caseOwner",
                    escalated.ownerName() == null ? wording.text("recovery.owner.none") : escalated.ownerName());
            variables.put(
                    "status",
                    wording.text("recovery.status." + escalated.status().name()));
            variables.put("openedAt", times.format(escalated.openedAt()));
            variables.put(
                    "due",
                    times.format(
                            switch (due.breach()) {
                                case NOT_ACKNOWLEDGED -> escalated.acknowledgeDue();
                                case NOT_CLOSED -> escalated.closeDue();
                            }));
            variables.put("link", csi.link("/cases/" + escalated.getId()));
            return new StaffMailer.Content(variables, breach, store.name(), visit.ownerName(), visit.plate());
        });
    }
}
