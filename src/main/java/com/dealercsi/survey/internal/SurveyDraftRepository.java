package com.dealercsi.survey.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyDraftRepository extends JpaRepository<SurveyDraft, UUID> {}
