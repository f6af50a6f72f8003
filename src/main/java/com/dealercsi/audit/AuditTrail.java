package com.dealercsi.audit;

import com.dealercsi.audit.internal.AuditChain;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Records what happened, for the audit trail (ADR 0047). Every feature calls it from its services; it depends
 * on none of them. An entry is written in the caller's transaction, so an audited change and its entry commit
 * together; without one (a failed sign-in) or in a read-only one (an export) it gets a transaction of its own.
 * Entries are never changed or deleted by the app, except by the retention job once they are older than
 * {@code csi.privacy.audit-retention}.
 *
 * <p>Subjects and details name things by id and kind, not by an owner's personal data (notes, names, phone
 * numbers stay in the feature's own records): an owner's erasure never has to touch the trail.
 */
@Service
public class AuditTrail {

    /** The actor of what a timer or the app itself does. */
    public static final String SYSTEM = "system";
    /** The actor of what a car owner does through a personal link; owners are not named here. */
    public static final String OWNER = "owner";

    private final AuditChain chain;

    AuditTrail(AuditChain chain) {
        this.chain = chain;
    }

    /** Records an action of the signed-in user, or of {@value #SYSTEM} where nobody is signed in. */
    public void record(AuditAction action, @Nullable UUID storeId, String subject, Map<String, String> details) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!isSignedIn(authentication)) {
            recordAs(SYSTEM, "", action, storeId, subject, details);
            return;
        }
        recordAs(authentication.getName(), roles(authentication), action, storeId, subject, details);
    }

    /** Records an action of someone who is not the signed-in user: {@value #SYSTEM}, {@value #OWNER}, or a log-in. */
    public void recordAs(
            String actor,
            String actorRoles,
            AuditAction action,
            @Nullable UUID storeId,
            String subject,
            Map<String, String> details) {
        chain.append(new AuditChain.NewEntry(actor, actorRoles, action, storeId, subject, details));
    }

    /** Walks the hash chain and names the first entry that was changed, removed or inserted outside the app. */
    public ChainCheck verify() {
        return chain.verify();
    }

    /** The role names of an authentication, without Spring's {@code ROLE_} prefix, comma-separated. */
    public static String roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(name -> name != null && name.startsWith("ROLE_"))
                .map(name -> name.substring(5))
                .sorted()
                .collect(Collectors.joining(","));
    }

    private static boolean isSignedIn(@Nullable Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
