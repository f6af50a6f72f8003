package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.MailKind;
import com.dealercsi.invitation.MailWording;
import com.dealercsi.shared.AggregateRoot;
import com.dealercsi.shared.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A store's own wording of one mail in one language; without it the default texts apply. */
@Entity
@Table(name = "invitation_mail_text")
public class StoreMailText extends AggregateRoot {

    private UUID storeId;

    @Enumerated(EnumType.STRING)
    private MailKind kind;

    @Enumerated(EnumType.STRING)
    private Language language;

    private String subject;
    private String greeting;
    private String intro;
    private String closing;
    private Instant updatedAt;
    private String updatedBy;

    protected StoreMailText() {
        this(new UUID(0, 0), MailKind.INVITATION, Language.EN);
    }

    public StoreMailText(UUID storeId, MailKind kind, Language language) {
        this.storeId = storeId;
        this.kind = kind;
        this.language = language;
        this.subject = "";
        this.greeting = "";
        this.intro = "";
        this.closing = "";
        this.updatedAt = Instant.EPOCH;
        this.updatedBy = "";
    }

    /** @throws IllegalArgumentException when the wording has problems; callers check them first */
    public void reword(MailWording wording, String by, Instant now) {
        if (!wording.problems(language).isEmpty()) {
            throw new IllegalArgumentException("The wording has problems: " + wording.problems(language));
        }
        this.subject = wording.subject();
        this.greeting = wording.greeting();
        this.intro = wording.intro();
        this.closing = wording.closing();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public MailWording wording() {
        return new MailWording(subject, greeting, intro, closing);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
