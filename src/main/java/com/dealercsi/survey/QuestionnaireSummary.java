package com.dealercsi.survey;

import java.util.Set;
import java.util.UUID;

/** A version as the administrator's list shows it: how often it was answered and which stores use it. */
public record QuestionnaireSummary(Questionnaire questionnaire, long responses, Set<UUID> activeInStores) {}
