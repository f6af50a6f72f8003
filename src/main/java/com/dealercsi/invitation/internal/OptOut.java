package com.dealercsi.invitation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An owner's wish to get no more survey mail, kept as the hash of the address, for every store. */
@Entity
@Table(name = "invitation_opt_out")
public class OptOut {

    @Id
    private String emailHash;

    private Instant optedOutAt;

    protected OptOut() {
        this("", Instant.EPOCH);
    }

    public OptOut(String emailHash, Instant optedOutAt) {
        this.emailHash = emailHash;
        this.optedOutAt = optedOutAt;
    }

    public Instant optedOutAt() {
        return optedOutAt;
    }
}
