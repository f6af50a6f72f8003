package com.dealercsi.survey;

/**
 * Tells the owner, right after submitting, whether someone from the store will get in touch. The survey does
 * not know the alert rules; the feature that owns them implements this.
 */
public interface AnswerTriage {

    FollowUp followUpFor(SurveyAnswered answer);

    enum FollowUp {
        /** Nothing needs doing; the answer is read with all others. */
        NONE,
        /** The owner asked to be contacted. */
        CONTACT_REQUESTED,
        /** The answer raises an alert: a manager will call soon. */
        MANAGER_WILL_CALL
    }
}
