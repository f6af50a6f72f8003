package com.dealercsi.scoring.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponseScoreRepository extends JpaRepository<ResponseScore, UUID> {}
