package com.dealercsi.alerting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Why an alert was raised, as a manager reads it at a glance in a mail, a banner, a page or a robot message:
 * "总体满意度 2 分（≤ 6）", "服务启动 200 分、服务顾问 200 分，低于 600" — several low factors on one line, no codes.
 * One wording for every place, from the message bundles.
 */
public final class AlertReasons {

    /** A fired rule's detail: a code, the score and, since thresholds are recorded, the limit ("SI 200 <600"). */
    private static final Pattern SCORE = Pattern.compile("^([A-Z]+) (-?\\d+)(?: [<≤](\\d+))?$");

    private AlertReasons() {}

    /**
     * @param messages a message by key and arguments in the reader's language (a MessageSource with a locale, or a
     *     view's getTranslation)
     */
    public static List<String> describe(List<FiredRule> fired, BiFunction<String, Object[], String> messages) {
        var reasons = new ArrayList<String>();
        var factors = new ArrayList<String>();
        String factorLimit = null;
        for (var rule : fired) {
            var score = SCORE.matcher(rule.detail());
            switch (rule.rule()) {
                case LOW_OVERALL, LOW_NPS ->
                    reasons.add(
                            score.matches()
                                    ? messages.apply(
                                                    "alert.reason."
                                                            + rule.rule().name(),
                                                    new Object[] {score.group(2)})
                                            + limit(score.group(3), "alert.reason.atMost", messages)
                                    : plain(rule, messages));
                case LOW_FACTOR -> {
                    if (score.matches()) {
                        factors.add(messages.apply(
                                "alert.reason.factorScore",
                                new Object[] {factorName(score.group(1), messages), score.group(2)}));
                        factorLimit = score.group(3) == null ? factorLimit : score.group(3);
                    } else {
                        reasons.add(plain(rule, messages));
                    }
                }
                case COMPLAINT_KEYWORD ->
                    reasons.add(messages.apply("alert.reason.COMPLAINT_KEYWORD", new Object[] {rule.detail()}));
                case CONTACT_REQUESTED -> reasons.add(messages.apply(rule.rule().messageKey(), new Object[0]));
            }
        }
        if (!factors.isEmpty()) {
            var list = String.join(messages.apply("alert.reason.listSeparator", new Object[0]), factors);
            reasons.add(
                    factorLimit == null
                            ? messages.apply("alert.reason.LOW_FACTOR", new Object[] {list})
                            : messages.apply("alert.reason.LOW_FACTOR.below", new Object[] {list, factorLimit}));
        }
        return reasons;
    }

    private static String limit(@Nullable String limit, String key, BiFunction<String, Object[], String> messages) {
        return limit == null ? "" : messages.apply(key, new Object[] {limit});
    }

    private static String plain(FiredRule rule, BiFunction<String, Object[], String> messages) {
        var name = messages.apply(rule.rule().messageKey(), new Object[0]);
        return rule.detail().isEmpty() ? name : name + " (" + rule.detail() + ")";
    }

    private static String factorName(String code, BiFunction<String, Object[], String> messages) {
        for (var factor : com.dealercsi.shared.Factor.values()) {
            if (factor.code().equals(code)) {
                return messages.apply(factor.messageKey(), new Object[0]);
            }
        }
        return code;
    }
}
