package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.Cause;
import com.dealercsi.shared.AggregateRoot;
import com.dealercsi.shared.Factor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A root cause a case can be closed with, under one CSI factor. Its code never changes, so reports across years
 * line up; its names may. A cause is retired rather than deleted once a case has used it (ADR 0058).
 */
@Entity
@Table(name = "recovery_cause")
public class RootCause extends AggregateRoot {

    /** As long as the column allows; a name longer than this is refused at the field. */
    public static final int NAME_LENGTH = Cause.NAME_LENGTH;

    private String code;

    @Enumerated(EnumType.STRING)
    private Factor factor;

    private String nameEn;
    private String nameZh;
    private int position;
    private @Nullable Instant retiredAt;

    @Version
    private int version;

    protected RootCause() {
        this.code = "";
        this.factor = Factor.SERVICE_INITIATION;
        this.nameEn = "";
        this.nameZh = "";
    }

    /** A cause an administrator adds; its code is made from the factor and the new id, so it is unique at once. */
    public static RootCause add(Factor factor, String nameEn, String nameZh, int position) {
        var cause = new RootCause();
        cause.factor = factor;
        cause.code = factor.code() + "."
                + cause.getId().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        cause.position = position;
        cause.rename(nameEn, nameZh);
        return cause;
    }

    public void rename(String nameEn, String nameZh) {
        this.nameEn = name(nameEn, "nameEn");
        this.nameZh = name(nameZh, "nameZh");
    }

    /** A cause a case has used stays in the list for good: it may be retired, never deleted (ADR 0058). */
    public void requireDeletable(long uses) {
        if (uses > 0) {
            throw new CaseRuleViolation("causes.error.usedCannotBeDeleted");
        }
    }

    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public void reinstate() {
        retiredAt = null;
    }

    /** Retired causes are not offered when closing a case, but stay on the cases and in the reports that used them. */
    public boolean isRetired() {
        return retiredAt != null;
    }

    private static String name(String name, String field) {
        var stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new CaseRuleViolation("causes.error.nameRequired", field);
        }
        if (stripped.length() > NAME_LENGTH) {
            throw new CaseRuleViolation("causes.error.nameTooLong", field);
        }
        return stripped;
    }

    public String code() {
        return code;
    }

    public Factor factor() {
        return factor;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public int position() {
        return position;
    }

    public UUID id() {
        return getId();
    }
}
