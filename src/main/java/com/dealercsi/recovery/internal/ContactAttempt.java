package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.ContactChannel;
import com.dealercsi.recovery.ContactResult;
import com.dealercsi.shared.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try to reach the owner. */
@Entity
@Table(name = "recovery_contact_attempt")
public class ContactAttempt extends AggregateRoot {

    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    private ContactChannel channel;

    @Enumerated(EnumType.STRING)
    private ContactResult result;

    private String note;
    private String attemptedBy;

    protected ContactAttempt() {
        this.attemptedAt = Instant.EPOCH;
        this.channel = ContactChannel.PHONE;
        this.result = ContactResult.NO_ANSWER;
        this.note = "";
        this.attemptedBy = "";
    }

    ContactAttempt(Instant attemptedAt, ContactChannel channel, ContactResult result, String note, String attemptedBy) {
        this.attemptedAt = attemptedAt;
        this.channel = channel;
        this.result = result;
        this.note = note;
        this.attemptedBy = attemptedBy;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public ContactChannel channel() {
        return channel;
    }

    public ContactResult result() {
        return result;
    }

    public String note() {
        return note;
    }

    public String attemptedBy() {
        return attemptedBy;
    }
}
