package com.dealercsi.plans.internal;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.Staff;
import com.dealercsi.admin.Stores;
import com.dealercsi.plans.PlanSubjects;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.mail.MailPurpose;
import com.dealercsi.shared.mail.StaffMailer;
import com.dealercsi.shared.mail.StaffNotice;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the reminder in the owner's language: which plan, what is wrong, the measures' due date, a link. An
 * owner no longer on the store's staff gets no mail; their plan's managers see it overdue in the list.
 */
@Component
class PlanReminderMailer {

    private final ActionPlanRepository plans;
    private final Staff staff;
    private final Stores stores;
    private final PlanSubjects subjects;
    private final StaffMailer staffMailer;
    private final CsiProperties csi;

    PlanReminderMailer(
            ActionPlanRepository plans,
            Staff staff,
            Stores stores,
            PlanSubjects subjects,
            StaffMailer staffMailer,
            CsiProperties csi) {
        this.plans = plans;
        this.staff = staff;
        this.stores = stores;
        this.subjects = subjects;
        this.staffMailer = staffMailer;
        this.csi = csi;
    }

    /** Once per plan, kind, due date and recipient; a failed send throws, and the outbox tries again. */
    @ApplicationModuleListener
    void on(PlanReminderDue due) {
        var plan = plans.findById(due.planId()).orElseThrow();
        var owner = staff.withAnyRole(plan.storeId(), EnumSet.allOf(Role.class)).stream()
                .filter(member -> member.id().equals(plan.ownerStaffId()))
                .findFirst();
        if (owner.isEmpty()) {
            return;
        }
        var notice = new StaffNotice(
                MailPurpose.PLAN_REMINDER,
                "plan-reminder",
                "plans.mail." + due.kind().name() + ".subject",
                "plan_reminder_mail_sent",
                Map.of("plan_id", due.planId(), "kind", due.kind().name(), "due_date", due.dueDate()));
        staffMailer.sendOnce(notice, owner.get().email(), owner.get().language(), wording -> {
            var store = stores.get(plan.storeId());
            var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(wording.locale());
            var subject = subjects.describe(plan.subject(), wording.locale());
            var dueText = dates.format(due.dueDate());
            var variables = new HashMap<String, Object>();
            variables.put("title", wording.text("plans.mail." + due.kind().name() + ".title", subject, dueText));
            variables.put("intro", wording.text("plans.mail." + due.kind().name() + ".intro", dueText));
            variables.put("subject", subject);
            variables.put("storeName", store.name());
            variables.put("problem", plan.problem());
            variables.put("measures", plan.measures());
            variables.put("due", dueText);
            variables.put("status", wording.text(plan.status().messageKey()));
            variables.put("link", csi.link("/plans/" + plan.getId()));
            return new StaffMailer.Content(variables, subject, store.name());
        });
    }
}
