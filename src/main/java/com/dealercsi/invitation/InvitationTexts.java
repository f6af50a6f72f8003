package com.dealercsi.invitation;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An invitation's state and reason in plain words, the same in the API and the back office. */
@Component
public class InvitationTexts {

    private final MessageSource messages;
    private final InvitationProperties properties;

    public InvitationTexts(MessageSource messages, InvitationProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    public String state(InvitationStatus status, Locale locale) {
        return messages.getMessage(status.state().messageKey(), null, locale);
    }

    public Optional<String> reason(InvitationStatus status, Locale locale) {
        if (status.skipReason() != null) {
            var days = switch (status.skipReason()) {
                case RECENTLY_INVITED -> properties.fatigueWindow().toDays();
                case VISIT_TOO_OLD -> properties.maxVisitAge().toDays();
                default -> 0L;
            };
            return Optional.of(messages.getMessage(status.skipReason().messageKey(), new Object[] {days}, locale));
        }
        if (status.state() == InvitationState.UNDELIVERABLE && status.failure() != null) {
            return Optional.of(
                    messages.getMessage("invitation.undeliverable", new Object[] {status.failure()}, locale));
        }
        return Optional.empty();
    }
}
