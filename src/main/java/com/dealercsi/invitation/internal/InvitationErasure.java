package com.dealercsi.invitation.internal;

import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The invitation feature's part of an erasure (ADR 0050): the address's hash, every link's hash (so an erased
 * owner's link answers like an unknown one) and the mail server's failure text (SMTP replies quote the address).
 * An invitation not sent yet is skipped as having no valid address, which it has not any more. An owner who had
 * opted out stays opted out: their address's keyed hash stays, and their mobile's is added.
 */
@Component
class InvitationErasure implements PersonalDataEraser {

    private final NamedParameterJdbcTemplate jdbc;
    private final OptOuts optOuts;
    private final Visits visits;
    private final Clock clock;

    InvitationErasure(NamedParameterJdbcTemplate jdbc, OptOuts optOuts, Visits visits, Clock clock) {
        this.jdbc = jdbc;
        this.optOuts = optOuts;
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    public Map<String, Integer> erase(OwnerIdentity owner) {
        if (owner.visitIds().isEmpty()) {
            return Map.of();
        }
        var now = clock.instant();
        var ids = new MapSqlParameterSource("ids", owner.visitIds());
        keepOptOuts(ids, now);
        // MariaDB assigns left to right, each seeing the ones before: the state changes last
        var changed = jdbc.update(
                """
                update invitation set
                    skip_reason = case when state in ('SCHEDULED', 'QUEUED') then 'NO_VALID_EMAIL' else skip_reason end,
                    closed_at = case when state in ('SCHEDULED', 'QUEUED') then :now else closed_at end,
                    reminder_queued = case when state = 'SENT' then false else reminder_queued end,
                    reminder_due_at = null,
                    email_hash = null,
                    token_hash = null,
                    reminder_token_hash = null,
                    counter_token_hash = null,
                    failure = case when failure is null then null else :marker end,
                    version = version + 1,
                    state = case when state in ('SCHEDULED', 'QUEUED') then 'SKIPPED' else state end
                where visit_id in (:ids)""",
                ids.addValue("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                        .addValue("marker", MARKER));
        return Map.of("invitation", changed);
    }

    /** An owner who opted out is known from now on by the keyed hashes of their address and mobile only. */
    private void keepOptOuts(MapSqlParameterSource ids, Instant now) {
        var visitsByHash = new HashMap<String, Set<UUID>>();
        jdbc.query(
                "select visit_id, email_hash from invitation where visit_id in (:ids) and email_hash is not null",
                ids,
                row -> {
                    visitsByHash
                            .computeIfAbsent(row.getString(2), hash -> new HashSet<>())
                            .add(UUID.fromString(row.getString(1)));
                });
        var optedOut = optOuts.optedOutAmong(visitsByHash.keySet());
        if (optedOut.isEmpty()) {
            return;
        }
        var visitIds = new HashSet<UUID>();
        optedOut.forEach(hash -> visitIds.addAll(visitsByHash.get(hash)));
        visits.findAll(visitIds).stream()
                .map(VisitSummary::phone)
                .filter(phone -> !phone.isBlank())
                .distinct()
                .forEach(phone -> optOuts.optOutMobile(phone, now));
    }
}
