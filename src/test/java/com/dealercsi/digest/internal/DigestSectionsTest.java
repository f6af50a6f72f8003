package com.dealercsi.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.digest.DigestBlock;
import com.dealercsi.shared.digest.DigestLine;
import com.dealercsi.shared.digest.DigestReader;
import com.dealercsi.shared.digest.DigestSection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

class DigestSectionsTest {

    private final DigestReader reader = new DigestReader(
            UUID.randomUUID(),
            Set.of(UUID.randomUUID()),
            Locale.ENGLISH,
            Instant.parse("2026-11-29T16:00:00Z"),
            Instant.parse("2026-12-06T16:00:00Z"),
            LocalDate.of(2026, 11, 30));
    private final UserDetailsService accounts = email ->
            User.withUsername(email).password("unused").roles("STORE_MANAGER").build();
    private final List<String> ranAs = new ArrayList<>();

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void sections_come_in_position_order_whatever_order_spring_found_them_in() {
        var sections = new DigestSections(
                List.of(section(50, says("plans")), section(10, says("figures")), section(30, says("cases"))),
                accounts,
                new NoTransactions());

        assertThat(sections.collect(reader, "gm@test.local"))
                .extracting(DigestBlock::heading)
                .containsExactly("figures", "cases", "plans");
    }

    @Test
    void a_section_that_throws_is_left_out_and_the_others_still_come() {
        var sections = new DigestSections(
                List.of(
                        section(10, says("figures")),
                        section(20, forReader -> {
                            throw new IllegalStateException("owner 王先生 wrote </script>");
                        }),
                        section(30, says("cases"))),
                accounts,
                new NoTransactions());

        assertThat(sections.collect(reader, "gm@test.local"))
                .extracting(DigestBlock::heading)
                .containsExactly("figures", "cases");
    }

    @Test
    void sections_with_nothing_to_say_are_left_out() {
        var sections = new DigestSections(
                List.of(
                        section(10, forReader -> Optional.empty()),
                        section(20, forReader -> Optional.of(new DigestBlock("no lines", List.of())))),
                accounts,
                new NoTransactions());

        assertThat(sections.collect(reader, "gm@test.local")).isEmpty();
    }

    @Test
    void each_section_runs_as_the_reader_and_the_thread_is_signed_out_afterwards() {
        var sections = new DigestSections(
                List.of(section(10, forReader -> {
                    ranAs.add(SecurityContextHolder.getContext()
                            .getAuthentication()
                            .getName());
                    return Optional.empty();
                })),
                accounts,
                new NoTransactions());

        sections.collect(reader, "gm@test.local");

        assertThat(ranAs).containsExactly("gm@test.local");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private static Function<DigestReader, Optional<DigestBlock>> says(String heading) {
        return forReader -> Optional.of(new DigestBlock(heading, List.of(new DigestLine(heading + " line", null))));
    }

    private static DigestSection section(int position, Function<DigestReader, Optional<DigestBlock>> content) {
        return new DigestSection() {
            @Override
            public int position() {
                return position;
            }

            @Override
            public Optional<DigestBlock> forReader(DigestReader reader) {
                return content.apply(reader);
            }
        };
    }

    /** The sections' own transactions, without a database: these tests are about order and failures. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    }
}
