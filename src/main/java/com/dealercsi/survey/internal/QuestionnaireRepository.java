package com.dealercsi.survey.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionnaireRepository extends JpaRepository<QuestionnaireVersion, Integer> {

    @Query("select max(q.version) from QuestionnaireVersion q")
    Optional<Integer> highestVersion();
}
