package com.dealercsi.invitation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An owner's wish to get no more survey mail, for every store, kept as a keyed hash of their e-mail address or
 * mobile number ({@code shared.privacy.OwnerKeys}), never the address or number itself (ADR 0050).
 */
@Entity
@Table(name = "invitation_opt_out")
public class OptOut {

    /** What the key was made of. */
    public enum Kind {
        EMAIL,
        MOBILE
    }

    @Id
    private String ownerKey;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Instant optedOutAt;

    protected OptOut() {
        this("", Kind.EMAIL, Instant.EPOCH);
    }

    public OptOut(String ownerKey, Kind kind, Instant optedOutAt) {
        this.ownerKey = ownerKey;
        this.kind = kind;
        this.optedOutAt = optedOutAt;
    }

    public Kind kind() {
        return kind;
    }

    public Instant optedOutAt() {
        return optedOutAt;
    }
}
