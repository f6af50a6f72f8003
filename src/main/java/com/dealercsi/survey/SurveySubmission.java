package com.dealercsi.survey;

import java.util.List;

/** The outcome of submitting: stored, refused with problems to fix, or the link could not take an answer. */
public sealed interface SurveySubmission {

    /** Stored; {@code followUp} says whether the owner will hear from the store. */
    record Stored(AnswerTriage.FollowUp followUp) implements SurveySubmission {}

    /** Each problem names the field (an item id, OS, NPS, comment or CB) and a message key. */
    record Invalid(List<Problem> problems) implements SurveySubmission {}

    record NotAnswerable(SurveyOpening reason) implements SurveySubmission {}

    record Problem(String field, String messageKey) {}
}
