package com.dealercsi.alerting;

import com.dealercsi.scoring.ResponseScored;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The thresholds and keywords a store alerts on. Keywords match ignoring case and full-width/half-width forms
 * (ＲＥＦＵＮＤ, refund and Refund are one word).
 */
public record AlertRules(int overallAtMost, List<String> keywords, double factorBelow, int npsAtMost) {

    public AlertRules {
        keywords = keywords.stream().map(AlertRules::fold).filter(k -> !k.isBlank()).toList();
    }

    /** The defaults of the product brief. */
    public static AlertRules defaults() {
        return new AlertRules(6, List.of("投诉", "退款", "律师", "曝光", "complaint", "refund", "lawyer"), 600, 6);
    }

    public List<FiredRule> evaluate(ResponseScored response) {
        var fired = new ArrayList<FiredRule>();
        if (response.overall() <= overallAtMost) {
            fired.add(new FiredRule(AlertRule.LOW_OVERALL, AlertLevel.RED, "OS " + response.overall()));
        }
        keywordIn(response.comment()).ifPresent(keyword ->
                fired.add(new FiredRule(AlertRule.COMPLAINT_KEYWORD, AlertLevel.RED, keyword)));
        response.factorScores().entrySet().stream()
                .filter(score -> score.getValue() < factorBelow)
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(score -> fired.add(new FiredRule(AlertRule.LOW_FACTOR, AlertLevel.AMBER,
                        score.getKey().code() + " " + Math.round(score.getValue()))));
        if (response.nps() <= npsAtMost) {
            fired.add(new FiredRule(AlertRule.LOW_NPS, AlertLevel.AMBER, "NPS " + response.nps()));
        }
        if (response.contactConsent()) {
            fired.add(new FiredRule(AlertRule.CONTACT_REQUESTED, AlertLevel.INFO, ""));
        }
        return fired;
    }

    public static Optional<AlertLevel> levelOf(List<FiredRule> fired) {
        return fired.stream().map(FiredRule::level).max(Comparator.naturalOrder());
    }

    private Optional<String> keywordIn(String comment) {
        if (comment == null) {
            return Optional.empty();
        }
        var folded = fold(comment);
        return keywords.stream().filter(folded::contains).findFirst();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }
}
