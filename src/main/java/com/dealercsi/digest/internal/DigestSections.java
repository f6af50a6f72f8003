package com.dealercsi.digest.internal;

import com.dealercsi.shared.digest.DigestBlock;
import com.dealercsi.shared.digest.DigestReader;
import com.dealercsi.shared.digest.DigestSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks every feature's section for its part of one reader's digest, in {@link DigestSection#position()} order.
 *
 * <p>Each section runs on behalf of the reader (their account loaded as the login loads it), so a section that asks
 * a secured service gets exactly what the reader would see signed in, never more; and in a read-only transaction of
 * its own, so a section that fails is left out without spoiling the others or the mail's own transaction.
 */
@Component
class DigestSections {

    private static final Logger log = LoggerFactory.getLogger(DigestSections.class);

    private final List<DigestSection> sections;
    private final UserDetailsService accounts;
    private final TransactionTemplate readOnly;

    DigestSections(List<DigestSection> sections, UserDetailsService accounts, PlatformTransactionManager transactions) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(DigestSection::position))
                .toList();
        this.accounts = accounts;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        readOnly.setReadOnly(true);
    }

    List<DigestBlock> collect(DigestReader reader, String email) {
        var previous = SecurityContextHolder.getContext();
        try {
            var user = accounts.loadUserByUsername(email);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            var blocks = new ArrayList<DigestBlock>();
            for (var section : sections) {
                ask(section, reader).ifPresent(blocks::add);
            }
            return blocks;
        } catch (UsernameNotFoundException gone) {
            return List.of();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Optional<DigestBlock> ask(DigestSection section, DigestReader reader) {
        try {
            var block = readOnly.execute(status -> section.forReader(reader));
            return block == null
                    ? Optional.empty()
                    : block.filter(found -> !found.lines().isEmpty());
        } catch (RuntimeException e) {
            // by ids only: an exception's message may quote an owner's words
            log.warn(
                    "Digest section {} (position {}) failed for staff {} and is left out: {} at {}",
                    section.getClass().getName(),
                    section.position(),
                    reader.userId(),
                    e.getClass().getName(),
                    e.getStackTrace().length == 0 ? "?" : e.getStackTrace()[0]);
            return Optional.empty();
        }
    }
}
