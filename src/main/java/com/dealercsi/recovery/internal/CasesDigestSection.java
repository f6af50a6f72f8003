package com.dealercsi.recovery.internal;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.recovery.RecoveryRate;
import com.dealercsi.shared.digest.DigestBlock;
import com.dealercsi.shared.digest.DigestLine;
import com.dealercsi.shared.digest.DigestReader;
import com.dealercsi.shared.digest.DigestSection;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recovery part of the Monday digest: the reader's cases still overdue at the end of the week, most urgent
 * first, each with the path to its page, and the week's closed cases with their recovery rate. Runs without a
 * signed-in user, so it keeps to the reader's stores itself.
 */
@Component
class CasesDigestSection implements DigestSection {

    /** Enough to act on from a phone; the rest is one tap away on the case list. */
    static final int MAX_CASES = 5;

    private final RecoveryCaseRepository cases;
    private final FollowUpRepository followUps;
    private final Stores stores;
    private final MessageSource messages;

    CasesDigestSection(
            RecoveryCaseRepository cases, FollowUpRepository followUps, Stores stores, MessageSource messages) {
        this.cases = cases;
        this.followUps = followUps;
        this.stores = stores;
        this.messages = messages;
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DigestBlock> forReader(DigestReader reader) {
        if (reader.storeIds().isEmpty()) {
            return Optional.empty();
        }
        var storesById = stores.all().stream()
                .filter(store -> reader.storeIds().contains(store.id()))
                .collect(Collectors.toMap(StoreRef::id, Function.identity()));
        var lines = new ArrayList<DigestLine>();
        var overdue = cases.overdue(reader.storeIds(), reader.weekEnd(), Limit.of(MAX_CASES + 1));
        overdue.stream().limit(MAX_CASES).forEach(c -> {
            var store = storesById.get(c.storeId());
            var due = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(reader.locale())
                    .withZone(store.timeZone());
            lines.add(new DigestLine(
                    text(
                            reader,
                            "causes.digest.overdue",
                            store.name(),
                            text(reader, "alert.level." + c.level().name()),
                            c.advisorName(),
                            due.format(c.closeDue())),
                    "/cases/" + c.getId()));
        });
        if (overdue.size() > MAX_CASES) {
            lines.add(new DigestLine(text(reader, "causes.digest.more", overdue.size() - MAX_CASES), "/cases"));
        }
        var closed = cases.closedBetween(reader.storeIds(), reader.weekStart(), reader.weekEnd());
        if (!closed.isEmpty()) {
            var answers = followUps
                    .findByCaseIdIn(closed.stream().map(RecoveryCase::getId).toList())
                    .stream()
                    .filter(f -> f.answer() != null)
                    .collect(Collectors.toMap(FollowUp::caseId, f -> f.answer()));
            var rate = RecoveryRate.of(closed.stream()
                    .map(c -> {
                        var answer = answers.get(c.getId());
                        return new RecoveryRate.ClosedCase(
                                answer == null ? null : answer.madeRight(),
                                answer == null ? null : answer.satisfaction(),
                                c.answerOverall());
                    })
                    .toList());
            lines.add(new DigestLine(
                    text(reader, "causes.digest.closed", rate.closed(), rate.madeRight(), rate.answered()),
                    "/causes/report"));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DigestBlock(text(reader, "causes.digest.heading"), lines));
    }

    private String text(DigestReader reader, String key, Object... arguments) {
        return messages.getMessage(key, arguments, reader.locale());
    }
}
