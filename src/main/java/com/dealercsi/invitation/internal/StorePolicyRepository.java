package com.dealercsi.invitation.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StorePolicyRepository extends JpaRepository<StorePolicy, UUID> {}
