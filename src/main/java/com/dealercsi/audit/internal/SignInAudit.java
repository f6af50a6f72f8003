package com.dealercsi.audit.internal;

import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every sign-in and every failed one, from Spring Security's authentication events. A failed attempt keeps what
 * was typed as the user name (as the subject), never the password; it is written in a transaction of its own,
 * as there is none around a log-in.
 */
@Component
class SignInAudit {

    static final String ANONYMOUS = "anonymous";

    private final AuditTrail trail;

    SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        trail.recordAs(
                authentication.getName(),
                AuditTrail.roles(authentication),
                AuditAction.SIGN_IN,
                null,
                authentication.getName(),
                where(authentication));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        var details = new LinkedHashMap<>(where(authentication));
        details.put(
                "reason",
                switch (event) {
                    case AuthenticationFailureBadCredentialsEvent bad -> "audit.signIn.badCredentials";
                    case AuthenticationFailureDisabledEvent disabled -> "audit.signIn.disabled";
                    case AuthenticationFailureLockedEvent locked -> "audit.signIn.locked";
                    default -> "audit.signIn.otherFailure";
                });
        trail.recordAs(ANONYMOUS, "", AuditAction.SIGN_IN_FAILED, null, authentication.getName(), details);
    }

    private static Map<String, String> where(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? Map.of("address", web.getRemoteAddress())
                : Map.of();
    }
}
