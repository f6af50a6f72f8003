package com.dealercsi.survey.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, UUID> {

    boolean existsByInvitationId(UUID invitationId);

    List<SurveyResponse> findByStoreIdInOrderBySubmittedAtDesc(Collection<UUID> storeIds, Pageable page);

    long countByStoreIdIn(Collection<UUID> storeIds);

    @org.springframework.data.jpa.repository.Query(
            "select r.questionnaireVersion, count(r) from SurveyResponse r group by r.questionnaireVersion")
    List<Object[]> countByQuestionnaireVersion();
}
