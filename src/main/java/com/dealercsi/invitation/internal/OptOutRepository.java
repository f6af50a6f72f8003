package com.dealercsi.invitation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OptOutRepository extends JpaRepository<OptOut, String> {

    /** Opting out twice, or twice at once from two clicks, is the same as once. */
    @Modifying
    @Query(
            value = "insert ignore into invitation_opt_out (owner_key, kind, opted_out_at) values (:ownerKey, :kind,"
                    + " :now)",
            nativeQuery = true)
    void optOut(String ownerKey, String kind, Instant now);

    boolean existsByOwnerKeyIn(Collection<String> ownerKeys);

    @Query("select o.ownerKey from OptOut o where o.ownerKey in :ownerKeys")
    List<String> findOptedOut(Collection<String> ownerKeys);
}
