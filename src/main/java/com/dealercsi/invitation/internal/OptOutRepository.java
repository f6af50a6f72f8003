package com.dealercsi.invitation.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OptOutRepository extends JpaRepository<OptOut, String> {

    /** Opting out twice, or twice at once from two clicks, is the same as once. */
    @Modifying
    @Query(
            value = "insert ignore into invitation_opt_out (email_hash, opted_out_at) values (:emailHash, :now)",
            nativeQuery = true)
    void optOut(String emailHash, java.time.Instant now);
}
