package com.dealercsi.recovery.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.recovery.FollowUpAnswer;
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

/** Writes the "owner says it is not right yet" mail in the recipient's language, once per case and recipient. */
@Component
class FollowUpUnhappyMailer {

    private final RecoveryCaseRepository cases;
    private final FollowUpRepository followUps;
    private final Visits visits;
    private final Stores stores;
    private final StaffMailer staffMailer;
    private final CsiProperties csi;

    FollowUpUnhappyMailer(
            RecoveryCaseRepository cases,
            FollowUpRepository followUps,
            Visits visits,
            Stores stores,
            StaffMailer staffMailer,
            CsiProperties csi) {
        this.cases = cases;
        this.followUps = followUps;
        this.visits = visits;
        this.stores = stores;
        this.staffMailer = staffMailer;
        this.csi = csi;
    }

    @ApplicationModuleListener
    void on(FollowUpUnhappyMailDue due) {
        var notice = new StaffNotice(
                MailPurpose.FOLLOW_UP_UNHAPPY,
                "recovery-follow-up-unhappy",
                "recovery.mail.followUpUnhappy.subject",
                "recovery_follow_up_unhappy_mail_sent",
                Map.of("case_id", due.caseId()));
        staffMailer.sendOnce(notice, due.recipientEmail(), due.recipientLanguage(), wording -> {
            var closed = cases.findById(due.caseId()).orElseThrow();
            var answer =
                    followUps.findByCaseId(due.caseId()).map(FollowUp::answer).orElseThrow();
            var visit = visits.find(closed.visitId()).orElseThrow();
            var store = stores.get(closed.storeId());
            var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(wording.locale())
                    .withZone(store.timeZone());
            var variables = new HashMap<String, Object>(visit.staffMailVariables());
            variables.put("storeName", store.name());
            variables.put(
                    "caseOwner", closed.ownerName() == null ? wording.text("recovery.owner.none") : closed.ownerName());
            variables.put("closedOn", closed.closedAt() == null ? "–" : dates.format(closed.closedAt()));
            variables.put(
                    "satisfaction",
                    wording.text("recovery.followUp.case.score", answer.satisfaction(), FollowUpAnswer.MAX));
            variables.put(
                    "comment",
                    answer.comment() == null ? wording.text("recovery.followUp.case.noComment") : answer.comment());
            variables.put("link", csi.link("/cases/" + closed.getId()));
            return new StaffMailer.Content(variables, visit.ownerName(), store.name(), visit.plate());
        });
    }
}
