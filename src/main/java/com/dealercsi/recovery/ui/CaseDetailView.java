package com.dealercsi.recovery.ui;

import com.dealercsi.admin.StaffRef;
import com.dealercsi.recovery.CaseAction;
import com.dealercsi.recovery.CaseDetails;
import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.ContactChannel;
import com.dealercsi.recovery.ContactResult;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.FollowUpSurvey;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.alerting.AlertReasons;
import com.dealercsi.shared.Money;
import com.dealercsi.shared.Texts;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One case: who and what it is about, the five steps with their notes, the contact attempts, the history, and a
 * button for each change the case allows now. The rules live in the case; this view only asks and shows.
 */
@Route("cases/:caseId")
@RolesAllowed({"ADMIN", "GROUP_MANAGER", "GENERAL_MANAGER", "STORE_MANAGER", "CUSTOMER_SERVICE_MANAGER",
        "CUSTOMER_SERVICE"})
public class CaseDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int NOTE_LENGTH = 2000;

    private final RecoveryCases cases;
    private @Nullable UUID caseId;

    public CaseDetailView(RecoveryCases cases) {
        this.cases = cases;
        addClassNames("page", "recovery-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().get("caseId").flatMap(CaseDetailView::uuid).orElse(null);
        reload();
    }

    private void reload() {
        removeAll();
        var details = caseId == null ? Optional.<CaseDetails>empty() : cases.details(caseId);
        if (details.isEmpty()) {
            add(new H2(getTranslation("recovery.detail.notFound")), back());
            return;
        }
        show(details.get());
    }

    private void show(CaseDetails details) {
        var row = details.row();
        var visit = details.visit();
        var zone = details.store().timeZone();
        add(back());
        add(new H2(getTranslation("recovery.detail.title", visit.ownerName(), visit.plate())));

        var banner = new Div();
        banner.addClassNames("alert-banner", "alert-" + row.level().name().toLowerCase(Locale.ROOT));
        banner.add(new Span(getTranslation("alert.level." + row.level().name()) + ": "));
        banner.add(new Span(String.join(getTranslation("alert.reason.separator"),
                AlertReasons.describe(details.rules(), this::getTranslation))));
        add(banner);

        var state = new Div();
        state.addClassName("case-state");
        var status = new Span(getTranslation("recovery.status." + row.status().name()));
        status.addClassName("case-status-badge");
        status.setId("case-status");
        state.add(status);
        if (!row.status().isClosed() && row.late()) {
            var late = new Span(getTranslation(row.escalated() ? "recovery.list.escalated" : "recovery.list.late"));
            late.addClassName("case-late-flag");
            state.add(late);
        }
        if (row.followUpAnswer() != null) {
            var answer = new Span(getTranslation("recovery.list.followUp." + row.followUpAnswer().name()));
            answer.addClassNames("follow-up-marker",
                    "follow-up-marker-" + row.followUpAnswer().name().toLowerCase(Locale.ROOT));
            state.add(answer);
        }
        add(state);
        add(actions(details));

        var phone = new Anchor("tel:" + visit.phone(), visit.phone());
        add(facts(
                fact("recovery.field.store", new Span(details.store().name())),
                fact("recovery.field.carOwner", new Span(visit.ownerName())),
                fact("recovery.field.phone", phone),
                fact("recovery.field.car", new Span(visit.model() + " · " + visit.plate())),
                fact("recovery.field.ro", new Span(visit.roNumber())),
                fact("recovery.field.advisor", new Span(visit.advisorName())),
                fact("recovery.field.caseOwner", new Span(row.caseOwner() == null
                        ? getTranslation("recovery.owner.none") : row.caseOwner())),
                fact("recovery.field.openedAt", new Span(time(row.openedAt(), details))),
                fact("recovery.field.acknowledgeDue", new Span(time(details.acknowledgeDue(), details))),
                fact("recovery.field.firstContactDue", new Span(time(details.firstContactDue(), details))),
                fact("recovery.field.closeDue", new Span(time(row.closeDue(), details))),
                fact("recovery.field.acknowledgedAt", new Span(time(details.acknowledgedAt(), details))),
                fact("recovery.field.firstContactAt", new Span(time(details.firstContactAt(), details))),
                fact("recovery.field.closedAt", new Span(time(details.closedAt(), details)))));
        var response = new Anchor("responses/" + details.responseId(), getTranslation("recovery.detail.response"));
        response.addClassName("case-response-link");
        add(response);

        add(new H3(getTranslation("recovery.detail.attempts")));
        add(attempts(details, zone));
        add(new H3(getTranslation("recovery.detail.steps")));
        for (var step : new RecoveryStep[] {RecoveryStep.APOLOGY, RecoveryStep.FIX, RecoveryStep.EMPATHY,
                RecoveryStep.ATONEMENT}) {
            add(stepCard(details, step));
        }
        add(followUpCard(details));
        add(new H3(getTranslation("recovery.detail.audit")));
        add(audit(details));
    }

    private Component actions(CaseDetails details) {
        var bar = new Div();
        bar.addClassName("case-actions");
        var allowed = details.allowedActions();
        if (allowed.contains(CaseAction.ACKNOWLEDGE)) {
            var acknowledge = new Button(getTranslation("recovery.action.acknowledge"),
                    click -> act(() -> cases.acknowledge(details.row().id())));
            acknowledge.addThemeVariants(ButtonVariant.PRIMARY);
            acknowledge.setId("acknowledge");
            bar.add(acknowledge);
        }
        if (allowed.contains(CaseAction.CLOSE_UNREACHABLE)) {
            var unreachable = new Button(getTranslation("recovery.action.closeUnreachable"),
                    click -> act(() -> cases.closeUnreachable(details.row().id())));
            unreachable.addThemeVariants(ButtonVariant.ERROR);
            unreachable.setId("close-unreachable");
            bar.add(unreachable);
        }
        if (allowed.contains(CaseAction.REASSIGN)) {
            var owner = new ComboBox<StaffRef>(getTranslation("recovery.detail.reassign"));
            owner.setItems(cases.possibleOwners(details.store().id()).stream()
                    .filter(staff -> !staff.id().equals(details.ownerStaffId())).toList());
            owner.setItemLabelGenerator(StaffRef::name);
            owner.setId("reassign-to");
            var reassign = new Button(getTranslation("recovery.detail.reassignButton"), click -> {
                if (owner.getValue() == null) {
                    owner.setErrorMessage(getTranslation("recovery.error.sameOwner"));
                    owner.setInvalid(true);
                    return;
                }
                act(() -> cases.reassign(details.row().id(), owner.getValue().id()));
            });
            reassign.setId("reassign");
            var group = new Div(owner, reassign);
            group.addClassName("case-reassign");
            bar.add(group);
        }
        return bar;
    }

    private Component attempts(CaseDetails details, java.time.ZoneId zone) {
        var section = new Div();
        section.addClassName("case-attempts");
        if (details.attempts().isEmpty()) {
            section.add(new Paragraph(getTranslation("recovery.detail.noAttempts")));
        }
        for (var attempt : details.attempts()) {
            var line = new Div(new Span(getTranslation("recovery.attempt.line",
                    Formats.dateTime(attempt.at(), zone, getLocale()),
                    getTranslation("recovery.channel." + attempt.channel().name()),
                    getTranslation("recovery.result." + attempt.result().name()), attempt.by())));
            if (!attempt.note().isEmpty()) {
                line.add(new Paragraph(attempt.note()));
            }
            line.addClassName("case-line");
            section.add(line);
        }
        if (!details.allowedActions().contains(CaseAction.LOG_ATTEMPT)) {
            return section;
        }
        var channel = new Select<ContactChannel>();
        channel.setLabel(getTranslation("recovery.attempt.channel"));
        channel.setItems(ContactChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("recovery.channel." + c.name()));
        channel.setValue(ContactChannel.PHONE);
        channel.setId("attempt-channel");
        var result = new RadioButtonGroup<ContactResult>(getTranslation("recovery.attempt.result"));
        result.setItems(ContactResult.values());
        result.setItemLabelGenerator(r -> getTranslation("recovery.result." + r.name()));
        result.setValue(ContactResult.REACHED);
        result.setId("attempt-result");
        var note = new TextField(getTranslation("recovery.attempt.note"));
        note.setMaxLength(NOTE_LENGTH);
        note.setId("attempt-note");
        var log = new Button(getTranslation("recovery.action.logAttempt"), click -> act(() ->
                cases.logAttempt(details.row().id(), channel.getValue(), result.getValue(), note.getValue())));
        log.setId("log-attempt");
        var form = new Div(channel, result, note, log);
        form.addClassName("case-form");
        if (details.attempts().stream().filter(a -> !a.result().successful()).count() > 0) {
            form.add(new Paragraph(getTranslation("recovery.detail.unreachableHint", 3)));
        }
        section.add(form);
        return section;
    }

    private Component stepCard(CaseDetails details, RecoveryStep step) {
        var card = new Div();
        card.addClassName("case-step");
        card.setId("step-" + step.name());
        var done = details.step(step);
        var title = new H4(getTranslation("recovery.step." + step.name()));
        var state = new Span(done != null
                ? getTranslation("recovery.step.done", done.doneBy(), time(done.doneAt(), details))
                : details.missingSteps().contains(step) ? getTranslation("recovery.step.todo")
                : getTranslation("recovery.step.optional"));
        state.addClassName(done != null ? "step-done" : "step-todo");
        card.add(title, state, new Paragraph(getTranslation("recovery.step.hint." + step.name())));
        if (!details.allowedActions().contains(CaseAction.RECORD_STEP)) {
            if (done != null) {
                card.add(new Paragraph(describe(done)));
            }
            return card;
        }
        var note = new TextArea(getTranslation("recovery.step.note"));
        note.setMaxLength(NOTE_LENGTH);
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        note.setId("step-" + step.name() + "-note");
        card.add(note);
        var ro = new TextField(getTranslation("recovery.step.newRo"));
        ro.setMaxLength(64);
        ro.setWidthFull(); // its label is long; a narrow field wrapped it onto two lines
        ro.setId("step-" + step.name() + "-ro");
        var what = new TextField(getTranslation("recovery.step.atonementWhat"));
        what.setMaxLength(200);
        what.setId("step-" + step.name() + "-what");
        var value = new BigDecimalField(getTranslation("recovery.step.atonementValue"));
        value.setPrefixComponent(new Span("¥"));
        value.setId("step-" + step.name() + "-value");
        if (done != null) {
            note.setValue(done.note());
            ro.setValue(done.newRoNumber() == null ? "" : done.newRoNumber());
            what.setValue(done.atonementWhat() == null ? "" : done.atonementWhat());
            value.setValue(done.atonementValueCny());
        }
        if (step == RecoveryStep.FIX) {
            card.add(ro);
        }
        if (step == RecoveryStep.ATONEMENT) {
            card.add(new Div(what, value));
        }
        var save = new Button(getTranslation(done == null ? "recovery.step.save" : "recovery.step.update"), click -> {
            if (note.getValue().isBlank()) {
                note.setErrorMessage(getTranslation("recovery.error.noteRequired"));
                note.setInvalid(true);
                return;
            }
            act(() -> cases.recordStep(details.row().id(), step, note.getValue(), ro.getValue(), what.getValue(),
                    value.getValue()), Map.of("note", note, "atonementWhat", what, "atonementValue", value));
        });
        save.setId("step-" + step.name() + "-save");
        card.add(save);
        return card;
    }

    private Component followUpCard(CaseDetails details) {
        var card = new Div();
        card.addClassName("case-step");
        card.setId("step-FOLLOW_UP");
        card.add(new H4(getTranslation("recovery.step.FOLLOW_UP")),
                new Paragraph(getTranslation("recovery.step.hint.FOLLOW_UP")));
        var followUp = details.step(RecoveryStep.FOLLOW_UP);
        if (followUp != null && details.outcome() != null) {
            var closed = new Paragraph(getTranslation("recovery.detail.closedAs",
                    getTranslation("recovery.outcome." + details.outcome().name())));
            closed.addClassName("step-done");
            card.add(closed, new Paragraph(followUp.note()));
            if (details.followUp() != null) {
                card.add(followUpSurvey(details.followUp(), details));
            }
            return card;
        }
        if (details.row().status().isClosed()) {
            return card;
        }
        if (!details.allowedActions().contains(CaseAction.CLOSE)) {
            card.add(new Paragraph(getTranslation("recovery.detail.missingSteps", details.missingSteps().stream()
                    .map(step -> getTranslation("recovery.step." + step.name())).collect(Collectors.joining(", ")))));
            return card;
        }
        var outcome = new RadioButtonGroup<FollowUpOutcome>(getTranslation("recovery.close.outcome"));
        outcome.setItems(FollowUpOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("recovery.outcome." + o.name()));
        outcome.setRequiredIndicatorVisible(true);
        outcome.setId("close-outcome");
        var note = new TextArea(getTranslation("recovery.close.note"));
        note.setMaxLength(NOTE_LENGTH);
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        note.setId("close-note");
        var sendFollowUp = new Checkbox(getTranslation("recovery.close.followUp", cases.followUpDelayDays()));
        sendFollowUp.setId("close-follow-up");
        sendFollowUp.addClassName("close-follow-up");
        var close = new Button(getTranslation("recovery.action.close"), click -> {
            outcome.setInvalid(outcome.getValue() == null);
            outcome.setErrorMessage(getTranslation("recovery.error.outcomeRequired"));
            note.setInvalid(note.getValue().isBlank());
            note.setErrorMessage(getTranslation("recovery.error.followUpNoteRequired"));
            if (outcome.getValue() != null && !note.getValue().isBlank()) {
                act(() -> cases.close(details.row().id(), outcome.getValue(), note.getValue(),
                        sendFollowUp.getValue()), Map.of("note", note));
            }
        });
        close.addThemeVariants(ButtonVariant.PRIMARY);
        close.setId("close-case");
        // on by default when the owner can get the survey; otherwise off, and the form says why
        var offer = cases.followUpOffer(details.row().id());
        sendFollowUp.setValue(offer.possible());
        sendFollowUp.setEnabled(offer.possible());
        card.add(outcome, note, sendFollowUp);
        if (!offer.possible()) {
            var why = new Paragraph(getTranslation("recovery.followUp.offer." + offer.name()));
            why.setId("close-follow-up-why");
            why.addClassName("follow-up-why");
            card.add(why);
        }
        card.add(close);
        return card;
    }

    /** The owner's answer to the follow-up survey, or where the survey stands. */
    private Component followUpSurvey(FollowUpSurvey survey, CaseDetails details) {
        var box = new Div();
        box.addClassName("case-follow-up");
        box.setId("case-follow-up");
        box.add(new H4(getTranslation("recovery.followUp.case.title")));
        var answer = survey.answer();
        if (answer == null) {
            var state = switch (survey.status()) {
                case SCHEDULED, QUEUED -> getTranslation("recovery.followUp.case.scheduled",
                        time(survey.dueAt(), details));
                case SENT -> getTranslation("recovery.followUp.case.sent", time(survey.sentAt(), details),
                        time(survey.expiresAt(), details));
                case CANCELLED -> getTranslation("recovery.followUp.case.cancelled",
                        getTranslation("recovery.followUp.cancel." + survey.cancelReason()));
                case ANSWERED -> "";
            };
            box.add(new Paragraph(state));
            return box;
        }
        if (answer.madeRight() == MadeRight.NO) {
            var flag = new Paragraph(getTranslation("recovery.followUp.case.unhappy"));
            flag.addClassName("follow-up-unhappy");
            flag.setId("follow-up-unhappy");
            box.add(flag);
        }
        box.add(facts(
                fact("recovery.followUp.case.answeredAt", new Span(time(survey.answeredAt(), details))),
                fact("recovery.followUp.madeRight",
                        new Span(getTranslation("recovery.followUp.madeRight." + answer.madeRight().name()))),
                fact("recovery.followUp.case.satisfaction", new Span(getTranslation(
                        "recovery.followUp.case.score", answer.satisfaction(), FollowUpAnswer.MAX))),
                fact("recovery.followUp.case.comment", new Span(answer.comment() == null
                        ? getTranslation("recovery.followUp.case.noComment") : answer.comment()))));
        return box;
    }

    private Component audit(CaseDetails details) {
        var list = new Div();
        list.addClassName("case-audit");
        list.setId("case-audit");
        list.getElement().setAttribute("role", "list");
        for (var line : details.audit()) {
            var entry = new Div(new Span(time(line.at(), details)), new Span(line.actor()),
                    new Span(getTranslation("recovery.audit." + line.action())),
                    new Span(detailInWords(line.action(), line.detail())));
            entry.addClassName("case-line");
            entry.getElement().setAttribute("role", "listitem");
            list.add(entry);
        }
        return list;
    }

    private String describe(CaseDetails.Step step) {
        return Texts.dotted(java.util.Arrays.asList(step.note(),
                step.newRoNumber() == null ? "" : "RO " + step.newRoNumber(),
                step.atonementWhat() == null ? "" : step.atonementWhat(),
                step.atonementValueCny() == null ? "" : Money.cny(step.atonementValueCny())));
    }

    /**
     * A history line's detail in words: the channel, result and outcome were stored as codes ({@code PHONE ·
     * NO_ANSWER}), which the history shows as the attempts list does ("Phone · No answer").
     */
    private String detailInWords(String action, String detail) {
        var parts = new java.util.ArrayList<>(java.util.Arrays.asList(detail.split(" · ", -1)));
        if (action.equals("ATTEMPT") && parts.size() >= 2) {
            parts.set(0, words("recovery.channel.", parts.get(0)));
            parts.set(1, words("recovery.result.", parts.get(1)));
        } else if (action.equals("CLOSED") && !parts.isEmpty()) {
            parts.set(0, words("recovery.outcome.", parts.get(0)));
        } else if (action.equals("OPENED") && !detail.isEmpty()) {
            var level = detail.split(" → ", 2);
            return words("alert.level.", level[0]) + (level.length > 1 ? " → " + level[1] : "");
        } else if (action.equals("FOLLOW_UP_ANSWERED") && !parts.isEmpty()) {
            parts.set(0, words("recovery.followUp.madeRight.", parts.get(0)));
        } else if (action.equals("FOLLOW_UP_CANCELLED") && !parts.isEmpty()) {
            parts.set(0, words("recovery.followUp.cancel.", parts.get(0)));
        }
        return Texts.dotted(parts);
    }

    /** A code in words when the bundle knows it; anything else (a note, a name) as written. */
    private String words(String prefix, String code) {
        if (!code.matches("[A-Z_]+")) {
            return code;
        }
        var key = prefix + code;
        var text = getTranslation(key);
        return text.equals(key) || text.startsWith("!") ? code : text;
    }

    private void act(Runnable change) {
        act(change, Map.of());
    }

    /**
     * Runs a change, and on success shows the case as it now is. A broken rule is said at its field (which reads
     * it to screen readers) or in a sentence, and everything typed stays in the form to be corrected; only a case
     * changed meanwhile, or one the user may no longer change, is shown afresh.
     */
    private void act(Runnable change, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            change.run();
            Notification.show(getTranslation("recovery.detail.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (CaseRuleViolation violation) {
            var field = violation.field().map(fields::get);
            if (field.isPresent()) {
                field.get().setErrorMessage(getTranslation(violation.messageKey()));
                field.get().setInvalid(true);
                if (field.get() instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                    focusable.focus();
                }
            } else {
                error(violation.messageKey());
            }
            return;
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            error("recovery.error.changedMeanwhile");
        } catch (AccessDeniedException denied) {
            error("recovery.error.notAllowed");
        }
        reload();
    }

    private void error(String key) {
        Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR);
    }

    private Anchor back() {
        var back = new Anchor("cases", "← " + getTranslation("recovery.detail.back"));
        back.addClassName("case-back");
        return back;
    }

    private String time(@Nullable Instant instant, CaseDetails details) {
        return instant == null ? "–" : Formats.dateTime(instant, details.store().timeZone(), getLocale());
    }

    private Div fact(String labelKey, Component value) {
        var item = new Div(new Span(getTranslation(labelKey)), value);
        item.getElement().setAttribute("role", "listitem");
        item.addClassName("fact");
        return item;
    }

    private static Div facts(Div... items) {
        var list = new Div(items);
        list.addClassName("facts");
        list.getElement().setAttribute("role", "list");
        return list;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.detail.pageTitle") + " · " + getTranslation("app.name");
    }
}
