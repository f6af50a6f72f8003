package com.dealercsi.plans.internal;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.plans.PlanSubjects;
import com.dealercsi.shared.digest.DigestBlock;
import com.dealercsi.shared.digest.DigestLine;
import com.dealercsi.shared.digest.DigestReader;
import com.dealercsi.shared.digest.DigestSection;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digest's "plans due" section: the reader's stores' running plans that are overdue or due within the coming
 * seven days, most urgent first, each with a link to the plan.
 */
@Component
class PlansDigestSection implements DigestSection {

    static final int POSITION = 50;
    static final int MOST_LINES = 8;

    private final ActionPlanRepository plans;
    private final Stores stores;
    private final PlanSubjects subjects;
    private final MessageSource messages;

    PlansDigestSection(ActionPlanRepository plans, Stores stores, PlanSubjects subjects, MessageSource messages) {
        this.plans = plans;
        this.stores = stores;
        this.subjects = subjects;
        this.messages = messages;
    }

    @Override
    public int position() {
        return POSITION;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DigestBlock> forReader(DigestReader reader) {
        if (reader.storeIds().isEmpty()) {
            return Optional.empty();
        }
        Map<java.util.UUID, StoreRef> byId = stores.all().stream()
                .filter(store -> reader.storeIds().contains(store.id()))
                .collect(Collectors.toMap(StoreRef::id, Function.identity()));
        var locale = reader.locale();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        // a day of margin on each side of UTC; each store's own calendar decides below
        var latest =
                reader.weekEnd().atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(8);
        var lines = new ArrayList<DigestLine>();
        int overdue = 0;
        int more = 0;
        for (var plan : plans.runningDueBy(byId.keySet(), ActionPlanRepository.ACTIVE, latest)) {
            var store = byId.get(plan.storeId());
            var today = reader.weekEnd().atZone(store.timeZone()).toLocalDate();
            if (plan.dueDate().isAfter(today.plusDays(6))) {
                continue;
            }
            boolean late = plan.isOverdue(today);
            overdue += late ? 1 : 0;
            if (lines.size() == MOST_LINES) {
                more++;
                continue;
            }
            var text = messages.getMessage(
                    late ? "plans.digest.overdue" : "plans.digest.due",
                    new Object[] {
                        subjects.describe(plan.subject(), locale),
                        store.name(),
                        plan.ownerName(),
                        dates.format(plan.dueDate())
                    },
                    locale);
            lines.add(new DigestLine(text, "/plans/" + plan.getId()));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (more > 0) {
            lines.add(new DigestLine(messages.getMessage("plans.digest.more", new Object[] {more}, locale), "/plans"));
        }
        var heading = messages.getMessage(
                "plans.digest.heading", new Object[] {lines.size() - (more > 0 ? 1 : 0) + more, overdue}, locale);
        return Optional.of(new DigestBlock(heading, lines));
    }
}
