package com.dealercsi.recovery.internal;

import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.recovery.Actor;
import jakarta.persistence.PrePersist;
import java.util.LinkedHashMap;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every change to a recovery case goes through a named method of {@link RecoveryCase} that writes a line into
 * the case's history; this listener copies each new line into the audit trail as it is stored, in the same
 * transaction, whichever service made it (the desk's {@code RecoveryCases}, the escalation timer, case opening,
 * follow-ups). The audit entry names the case and the kind of change, not the notes: those may hold the owner's
 * personal data and stay with the case.
 */
@Component
class CaseHistoryAudit {

    /** Lines whose detail names staff or a count, never what the owner said. */
    private static final Set<String> DETAIL_KEPT = Set.of("REASSIGNED", "CLOSED_UNREACHABLE");

    /** Asked for when a line is stored: Hibernate makes this listener while the trail's own beans are still being made. */
    private final ObjectProvider<AuditTrail> trails;

    CaseHistoryAudit(ObjectProvider<AuditTrail> trails) {
        this.trails = trails;
    }

    @PrePersist
    void stored(AuditEntry line) {
        var caseId = line.caseId();
        var storeId = line.storeId();
        if (caseId == null || storeId == null) {
            return;
        }
        var details = new LinkedHashMap<String, String>();
        details.put("change", "recovery.audit." + line.action());
        if (DETAIL_KEPT.contains(line.action()) && !line.detail().isBlank()) {
            details.put("detail", line.detail());
        }
        var subject = caseId.toString();
        var trail = trails.getObject();
        if (line.actorStaffId() != null) {
            trail.record(AuditAction.CASE_CHANGED, storeId, subject, details);
        } else if (line.actor().equals(Actor.SYSTEM.name())) {
            trail.recordAs(AuditTrail.SYSTEM, "", AuditAction.CASE_CHANGED, storeId, subject, details);
        } else {
            // the owner answering the follow-up survey through their link; not named in the trail
            trail.recordAs(AuditTrail.OWNER, "", AuditAction.CASE_CHANGED, storeId, subject, details);
        }
    }
}
