package com.dealercsi.survey;

import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.survey.internal.QuestionnaireRepository;
import com.dealercsi.survey.internal.QuestionnaireVersion;
import com.dealercsi.survey.internal.StoreQuestionnaire;
import com.dealercsi.survey.internal.StoreQuestionnaireRepository;
import com.dealercsi.survey.internal.SurveyResponseRepository;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questionnaire versions and which one each store uses. Versions are immutable, so they are cached for good
 * once read; a change is always a new version, and answers keep the version they were given in.
 */
@Service
public class Questionnaires {

    /** Stores that never chose use the standard questionnaire of the brief. */
    public static final int STANDARD_VERSION = 1;

    private final QuestionnaireRepository versions;
    private final StoreQuestionnaireRepository storeChoices;
    private final SurveyResponseRepository responses;
    private final Clock clock;
    private final AuditTrail audit;
    private final Map<Integer, Questionnaire> cache = new ConcurrentHashMap<>();

    Questionnaires(
            QuestionnaireRepository versions,
            StoreQuestionnaireRepository storeChoices,
            SurveyResponseRepository responses,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.versions = versions;
        this.storeChoices = storeChoices;
        this.responses = responses;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Questionnaire get(int version) {
        return cache.computeIfAbsent(
                version,
                v -> versions.findById(v)
                        .map(QuestionnaireVersion::toQuestionnaire)
                        .orElseThrow(() -> new IllegalArgumentException("No questionnaire version " + v)));
    }

    @Transactional(readOnly = true)
    public Questionnaire activeFor(UUID storeId) {
        return get(storeChoices
                .findById(storeId)
                .map(StoreQuestionnaire::questionnaireVersion)
                .orElse(STANDARD_VERSION));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<QuestionnaireSummary> all() {
        var counts = responses.countByQuestionnaireVersion().stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).intValue(), row -> ((Number) row[1]).longValue()));
        var active = storeChoices.findAll().stream()
                .collect(Collectors.groupingBy(
                        StoreQuestionnaire::questionnaireVersion,
                        Collectors.mapping(StoreQuestionnaire::storeId, Collectors.toSet())));
        return versions.findAll().stream()
                .map(QuestionnaireVersion::toQuestionnaire)
                .sorted(Comparator.comparingInt(Questionnaire::version).reversed())
                .map(q -> new QuestionnaireSummary(
                        q, counts.getOrDefault(q.version(), 0L), active.getOrDefault(q.version(), java.util.Set.of())))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void activate(UUID storeId, int version) {
        get(version);
        storeChoices
                .findById(storeId)
                .ifPresentOrElse(
                        choice -> choice.use(version),
                        () -> storeChoices.save(new StoreQuestionnaire(storeId, version)));
        audit.record(
                AuditAction.SETTINGS_CHANGED,
                storeId,
                "audit.setting.questionnaireActive",
                Map.of("version", Integer.toString(version)));
    }

    /**
     * Creates a new version from the administrator's edits; the version it is based on stays as it was.
     *
     * @throws QuestionnaireRejected when a text, id or weight is missing or wrong
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Questionnaire createVersion(NewQuestionnaireVersion request) {
        var problems = request.check();
        if (!problems.isEmpty()) {
            throw new QuestionnaireRejected(problems);
        }
        var base = get(request.basedOn());
        int version = versions.highestVersion().orElse(0) + 1;
        var content = new Questionnaire(
                version,
                request.name().strip(),
                base.template(),
                base.version(),
                request.items(),
                request.weights(),
                clock.instant());
        var created = versions.save(new QuestionnaireVersion(version, content, base.version(), clock.instant()))
                .toQuestionnaire();
        audit.record(
                AuditAction.SETTINGS_CHANGED,
                null,
                "audit.setting.questionnaireVersion",
                Map.of(
                        "version",
                        Integer.toString(version),
                        "basedOn",
                        Integer.toString(base.version()),
                        "name",
                        content.name()));
        return created;
    }

    /** A version that cannot be created, with a message key per problem. */
    public static class QuestionnaireRejected extends RuntimeException {

        private final List<SurveySubmission.Problem> problems;

        QuestionnaireRejected(List<SurveySubmission.Problem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        public List<SurveySubmission.Problem> problems() {
            return problems;
        }
    }
}
