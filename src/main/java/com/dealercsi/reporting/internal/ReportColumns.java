package com.dealercsi.reporting.internal;

import com.dealercsi.shared.Factor;
import com.dealercsi.survey.QuestionnaireItem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Which column of the read model holds which figure. Item columns exist for the items of questionnaire v1;
 * a later version with new items needs a migration adding their columns (ADR 0030).
 */
public final class ReportColumns {

    /** The fifteen items of questionnaire v1 (SI1…VP3); their texts come from the questionnaire. */
    public static final List<QuestionnaireItem> ITEMS = Arrays.stream(Factor.values())
            .flatMap(factor ->
                    IntStream.rangeClosed(1, 3).mapToObj(i -> new QuestionnaireItem(factor.code() + i, factor, "", "")))
            .toList();

    private ReportColumns() {}

    public static String factor(Factor factor) {
        return "f_" + factor.code().toLowerCase(Locale.ROOT);
    }

    public static String item(QuestionnaireItem item) {
        return "i_" + item.id().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> item(String itemId) {
        return ITEMS.stream()
                .filter(item -> item.id().equals(itemId))
                .findFirst()
                .map(ReportColumns::item);
    }
}
