package com.dealercsi.plans;

import com.dealercsi.shared.Factor;
import com.dealercsi.topics.Topic;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a plan is about, as kind and stable code, and the CSI factor whose score shows whether it worked. A topic's
 * or a known cause's factor comes from {@link Topic}; a cause administrators added (not a topic code) takes the
 * factor the manager picks.
 */
public record PlanSubject(SubjectKind kind, String code, Factor factor) {

    /** Item ids of the questionnaire: the factor's code and a number ({@code SA2}). */
    private static final Pattern ITEM = Pattern.compile("([A-Z]{2})([1-9][0-9]?)");

    private static final Pattern CAUSE = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    /**
     * @param chosenFactor the factor the opener picked; used only for a cause the topic list does not know
     * @throws PlanRuleViolation when the code is not one of its kind, or a new cause has no factor
     */
    public static PlanSubject of(SubjectKind kind, String code, @Nullable Factor chosenFactor) {
        var wanted = code.trim();
        return switch (kind) {
            case FACTOR ->
                factorNamed(wanted)
                        .map(factor -> new PlanSubject(kind, factor.name(), factor))
                        .orElseThrow(PlanSubject::unknown);
            case ITEM -> {
                var matcher = ITEM.matcher(wanted.toUpperCase(Locale.ROOT));
                if (!matcher.matches()) {
                    throw unknown();
                }
                var factor = Arrays.stream(Factor.values())
                        .filter(f -> f.code().equals(matcher.group(1)))
                        .findFirst()
                        .orElseThrow(PlanSubject::unknown);
                yield new PlanSubject(kind, matcher.group(), factor);
            }
            case TOPIC ->
                Topic.of(wanted)
                        .map(topic -> new PlanSubject(kind, topic.code(), topic.factor()))
                        .orElseThrow(PlanSubject::unknown);
            case CAUSE -> {
                var topic = Topic.of(wanted);
                if (topic.isPresent()) {
                    yield new PlanSubject(kind, topic.get().code(), topic.get().factor());
                }
                if (!CAUSE.matcher(wanted).matches()) {
                    throw unknown();
                }
                if (chosenFactor == null) {
                    throw new PlanRuleViolation("factor", "plans.error.factorRequired");
                }
                yield new PlanSubject(kind, wanted, chosenFactor);
            }
        };
    }

    /** The topic this subject names, for a topic or a cause from the topic list. */
    public Optional<Topic> topic() {
        return kind == SubjectKind.TOPIC || kind == SubjectKind.CAUSE ? Topic.of(code) : Optional.empty();
    }

    /** A factor by its name ({@code SERVICE_ADVISOR}) or short code ({@code SA}), ignoring case. */
    static Optional<Factor> factorNamed(String value) {
        return Arrays.stream(Factor.values())
                .filter(f -> f.name().equalsIgnoreCase(value) || f.code().equalsIgnoreCase(value))
                .findFirst();
    }

    private static PlanRuleViolation unknown() {
        return new PlanRuleViolation("subject", "plans.error.subjectUnknown");
    }
}
