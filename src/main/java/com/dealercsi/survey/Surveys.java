package com.dealercsi.survey;

import com.dealercsi.admin.StoreLogos;
import com.dealercsi.admin.Stores;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.invitation.SurveyTicket;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.database.RetryOnConflict;
import com.dealercsi.survey.SurveyOpening.Greeting;
import com.dealercsi.survey.internal.SurveyDraft;
import com.dealercsi.survey.internal.SurveyDraftRepository;
import com.dealercsi.survey.internal.SurveyResponse;
import com.dealercsi.survey.internal.SurveyResponseRepository;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Opens survey links and stores answers, exactly one per link. */
@Service
public class Surveys {

    private final Questionnaires questionnaires;
    private final Invitations invitations;
    private final Visits visits;
    private final Stores stores;
    private final StoreLogos storeLogos;
    private final SurveyResponseRepository responses;
    private final SurveyDraftRepository drafts;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AnswerTriage> triage;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditTrail audit;

    Surveys(
            Questionnaires questionnaires,
            Invitations invitations,
            Visits visits,
            Stores stores,
            StoreLogos storeLogos,
            SurveyResponseRepository responses,
            SurveyDraftRepository drafts,
            ApplicationEventPublisher events,
            ObjectProvider<AnswerTriage> triage,
            JsonMapper json,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.questionnaires = questionnaires;
        this.invitations = invitations;
        this.visits = visits;
        this.stores = stores;
        this.storeLogos = storeLogos;
        this.responses = responses;
        this.drafts = drafts;
        this.events = events;
        this.triage = triage;
        this.json = json;
        this.clock = clock;
    }

    /** Whether a link belongs to any invitation, answered or expired ones included. */
    @Transactional(readOnly = true)
    public boolean linkExists(String token) {
        return invitations.findByToken(token).isPresent();
    }

    @Transactional(readOnly = true)
    public SurveyOpening open(String token) {
        return invitations.findByToken(token).map(this::opening).orElseGet(SurveyOpening.NotFound::new);
    }

    /**
     * Stores the answer to the questionnaire version the owner was shown, unless it is incomplete or the link
     * was used or expired meanwhile.
     */
    @Transactional
    @RetryOnConflict
    public SurveySubmission submit(String token, int questionnaireVersion, SurveyAnswers answers) {
        var questionnaire = questionnaires.get(questionnaireVersion);
        var problems = questionnaire.check(answers);
        if (!problems.isEmpty()) {
            return new SurveySubmission.Invalid(problems);
        }
        var ticket = invitations.answer(token);
        if (ticket.isEmpty()) {
            return new SurveySubmission.NotAnswerable(new SurveyOpening.NotFound());
        }
        var before = ticket.get();
        if (before.status() != SurveyTicket.Status.OPEN) {
            return new SurveySubmission.NotAnswerable(opening(before));
        }
        var answered = store(before, before.storeId(), questionnaire, answers, r -> r);
        return new SurveySubmission.Stored(followUp(answered));
    }

    private SurveyAnswered store(
            SurveyTicket ticket,
            UUID storeId,
            Questionnaire questionnaire,
            SurveyAnswers answers,
            java.util.function.UnaryOperator<SurveyResponse> channel) {
        var ratings = questionnaire.items().stream()
                .map(item -> new Rating(
                        item.id(), item.factor(), asRating(answers.ratings().get(item.id()))))
                .toList();
        var comment = blankToNull(answers.comment());
        var response = responses.save(channel.apply(new SurveyResponse(
                ticket.invitationId(),
                ticket.visitId(),
                storeId,
                questionnaire.version(),
                ratings.stream()
                        .map(r -> new SurveyResponse.Answer(r.itemId(), r.value()))
                        .toList(),
                answers.overall(),
                answers.nps(),
                comment,
                answers.contactConsent(),
                clock.instant())));
        var answered = new SurveyAnswered(
                response.getId(),
                ticket.visitId(),
                storeId,
                questionnaire.version(),
                ratings,
                questionnaire.weights(),
                response.overall(),
                response.nps(),
                comment,
                response.contactConsent(),
                response.submittedAt());
        events.publishEvent(answered);
        drafts.deleteById(ticket.invitationId());
        return answered;
    }

    private AnswerTriage.FollowUp followUp(SurveyAnswered answered) {
        return triage.getIfAvailable(() -> answer -> AnswerTriage.FollowUp.NONE).followUpFor(answered);
    }

    /** Who may take an answer on the phone during a revisit call. */
    public static final String PHONE_ROLES =
            "hasAnyRole('ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')";

    /**
     * The questionnaire to read out on a revisit call: the store's active version. Empty when the visit is not
     * one of the caller's stores.
     */
    @PreAuthorize(PHONE_ROLES)
    @Transactional(readOnly = true)
    public Optional<Questionnaire> questionnaireForPhone(UUID visitId) {
        return visits.find(visitId)
                .filter(visit -> mayAnswerFor(visit.storeId()))
                .map(visit -> questionnaires.activeFor(visit.storeId()));
    }

    /**
     * Stores the answer a member of staff took from the owner on the phone. It is stored and announced exactly
     * like the owner's own (so scoring, alerts, cases and reports treat it alike), marked PHONE with the staff
     * member, and it uses up the visit's invitation: the owner's link then shows "already answered".
     *
     * @throws AccessDeniedException when the visit is not one of the caller's stores
     */
    @PreAuthorize(PHONE_ROLES)
    @Transactional
    @RetryOnConflict
    public SurveySubmission recordByPhone(UUID visitId, int questionnaireVersion, SurveyAnswers answers) {
        var staff = CurrentStaff.require();
        var visit = visits.find(visitId)
                .filter(v -> mayAnswerFor(v.storeId()))
                .orElseThrow(() -> new AccessDeniedException("No such visit in your stores"));
        var questionnaire = questionnaires.get(questionnaireVersion);
        var problems = questionnaire.check(answers);
        if (!problems.isEmpty()) {
            return new SurveySubmission.Invalid(problems);
        }
        // the invitation row is made when the visit's delivery is handled, moments after it arrives; until then
        // there is nothing to hold "one answer per visit", so the call has to wait for it
        var ticket = invitations.answerByPhone(visitId);
        if (ticket.isEmpty()) {
            return new SurveySubmission.NotAnswerable(new SurveyOpening.NotFound());
        }
        var before = ticket.get();
        if (before.status() == SurveyTicket.Status.ANSWERED) {
            return new SurveySubmission.NotAnswerable(opening(before));
        }
        var response = store(
                before, visit.storeId(), questionnaire, answers, r -> r.byPhone(staff.staffId(), staff.displayName()));
        audit.record(
                AuditAction.ANSWER_BY_PHONE,
                visit.storeId(),
                response.responseId().toString(),
                java.util.Map.of(
                        "visit", visitId.toString(), "questionnaireVersion", Integer.toString(questionnaireVersion)));
        return new SurveySubmission.Stored(followUp(response));
    }

    private boolean mayAnswerFor(UUID storeId) {
        var staff = CurrentStaff.require();
        return staff.storeIds().contains(storeId)
                || staff.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }

    /**
     * Keeps what the owner answered so far, so the link resumes there. Ignored once the link cannot be
     * answered any more.
     */
    @Transactional
    @RetryOnConflict
    public void saveProgress(String token, SavedProgress progress) {
        var ticket = invitations.findByToken(token);
        if (ticket.isEmpty() || ticket.get().status() != SurveyTicket.Status.OPEN) {
            return;
        }
        var answersJson = json.writeValueAsString(progress.answers());
        var now = clock.instant();
        drafts.findById(ticket.get().invitationId())
                .ifPresentOrElse(
                        draft -> draft.update(progress.step(), answersJson, now),
                        () -> drafts.save(new SurveyDraft(
                                ticket.get().invitationId(),
                                progress.questionnaireVersion(),
                                progress.step(),
                                answersJson,
                                now)));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ResponseDetails> newest(Collection<UUID> storeIds, int offset, int limit) {
        if (storeIds.isEmpty()) {
            return List.of();
        }
        return responses.findByStoreIdInOrderBySubmittedAtDesc(storeIds, PageRequest.of(offset / limit, limit)).stream()
                .map(this::details)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(Collection<UUID> storeIds) {
        return storeIds.isEmpty() ? 0 : responses.countByStoreIdIn(storeIds);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ResponseDetails> find(UUID responseId) {
        return responses.findById(responseId).map(this::details);
    }

    private SurveyOpening opening(SurveyTicket ticket) {
        var visit = visits.find(ticket.visitId()).orElseThrow();
        var store = stores.get(ticket.storeId());
        var greeting = new Greeting(
                ticket.language(),
                visit.ownerName(),
                store.name(),
                store.contactPhone(),
                storeLogos.url(store.id()).orElse(null),
                visit.model(),
                visit.serviceType().messageKey(),
                visit.deliveredAt(),
                store.timeZone(),
                store.id());
        return switch (ticket.status()) {
            case OPEN -> {
                var progress = drafts.findById(ticket.invitationId())
                        .map(this::progress)
                        .orElseGet(() -> SavedProgress.start(
                                questionnaires.activeFor(ticket.storeId()).version()));
                yield new SurveyOpening.Ready(
                        ticket.invitationId(), questionnaires.get(progress.questionnaireVersion()), greeting, progress);
            }
            case ANSWERED -> new SurveyOpening.AlreadyAnswered(greeting);
            case EXPIRED -> new SurveyOpening.Expired(greeting);
        };
    }

    private SavedProgress progress(SurveyDraft draft) {
        return new SavedProgress(
                json.readValue(draft.answersJson(), SurveyAnswers.class), draft.step(), draft.questionnaireVersion());
    }

    private ResponseDetails details(SurveyResponse response) {
        var questionnaire = questionnaires.get(response.questionnaireVersion());
        var ratings = response.answers().stream()
                .map(a -> new Rating(
                        a.itemId(), questionnaire.item(a.itemId()).orElseThrow().factor(), a.rating()))
                .toList();
        return new ResponseDetails(
                response.getId(),
                response.visitId(),
                response.storeId(),
                response.questionnaireVersion(),
                ratings,
                response.overall(),
                response.nps(),
                response.comment(),
                response.contactConsent(),
                response.submittedAt(),
                ResponseDetails.Channel.valueOf(response.channel()),
                response.answeredByName());
    }

    private static @Nullable Integer asRating(Integer value) {
        return value == SurveyAnswers.NOT_APPLICABLE ? null : value;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
