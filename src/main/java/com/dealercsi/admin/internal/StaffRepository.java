package com.dealercsi.admin.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffRepository extends JpaRepository<StaffMember, UUID> {

    Optional<StaffMember> findByEmail(String email);

    boolean existsByRolesContaining(com.dealercsi.admin.Role role);

    List<StaffMember> findAllByOrderByNameAsc();

    @Query("select s from StaffMember s where :storeId member of s.storeIds and s.active = true")
    List<StaffMember> findActiveByStore(UUID storeId);
}
