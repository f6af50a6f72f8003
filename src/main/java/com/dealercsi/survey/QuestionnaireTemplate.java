package com.dealercsi.survey;

/** The ready-made questionnaires a store starts from. */
public enum QuestionnaireTemplate {
    /** Questionnaire v1 of the brief: three items per factor. */
    STANDARD,
    /** One item per factor, for stores that want the shortest survey. */
    QUICK_PULSE
}
