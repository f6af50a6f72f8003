package com.dealercsi.admin;

import com.dealercsi.shared.Language;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member of staff as the administrator edits them. */
public record StaffAccount(
        UUID id,
        String name,
        String email,
        Language language,
        @Nullable String staffCode,
        Set<Role> roles,
        Set<UUID> storeIds,
        boolean active) {}
