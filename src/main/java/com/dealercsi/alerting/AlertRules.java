package com.dealercsi.alerting;

import com.dealercsi.scoring.ResponseScored;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The thresholds and keywords a store alerts on, and the level each rule raises. Keywords match ignoring case
 * and full-width/half-width forms (ＲＥＦＵＮＤ, refund and Refund are one word).
 */
public record AlertRules(
        int overallAtMost,
        AlertLevel overallLevel,
        List<String> keywords,
        AlertLevel keywordLevel,
        double factorBelow,
        AlertLevel factorLevel,
        int npsAtMost,
        AlertLevel npsLevel,
        AlertLevel contactLevel) {

    public AlertRules {
        keywords = keywords.stream()
                .map(AlertRules::fold)
                .filter(k -> !k.isBlank())
                .distinct()
                .toList();
    }

    /** Thresholds with the brief's levels: overall and keyword red, factor and NPS amber, contact info. */
    public AlertRules(int overallAtMost, List<String> keywords, double factorBelow, int npsAtMost) {
        this(
                overallAtMost,
                AlertLevel.RED,
                keywords,
                AlertLevel.RED,
                factorBelow,
                AlertLevel.AMBER,
                npsAtMost,
                AlertLevel.AMBER,
                AlertLevel.INFO);
    }

    /** The defaults of the product brief. */
    public static AlertRules defaults() {
        return new AlertRules(6, List.of("投诉", "退款", "律师", "曝光", "complaint", "refund", "lawyer"), 600, 6);
    }

    public List<FiredRule> evaluate(ResponseScored response) {
        var fired = new ArrayList<FiredRule>();
        if (response.overall() <= overallAtMost) {
            // the limit goes with the score, so the reason reads "总体满意度 2 分（≤ 6）" wherever it is shown
            fired.add(new FiredRule(
                    AlertRule.LOW_OVERALL, overallLevel, "OS " + response.overall() + " ≤" + overallAtMost));
        }
        keywordIn(response.comment())
                .ifPresent(keyword -> fired.add(new FiredRule(AlertRule.COMPLAINT_KEYWORD, keywordLevel, keyword)));
        response.factorScores().entrySet().stream()
                .filter(score -> score.getValue() < factorBelow)
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(score -> fired.add(new FiredRule(
                        AlertRule.LOW_FACTOR,
                        factorLevel,
                        score.getKey().code() + " " + Math.round(score.getValue()) + " <" + Math.round(factorBelow))));
        if (response.nps() <= npsAtMost) {
            fired.add(new FiredRule(AlertRule.LOW_NPS, npsLevel, "NPS " + response.nps() + " ≤" + npsAtMost));
        }
        if (response.contactConsent()) {
            fired.add(new FiredRule(AlertRule.CONTACT_REQUESTED, contactLevel, ""));
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

    /** Lower case, and full-width forms as half-width, so a keyword matches however it was typed. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
