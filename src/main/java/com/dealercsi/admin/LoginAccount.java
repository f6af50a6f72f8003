package com.dealercsi.admin;

import com.dealercsi.shared.Language;
import java.util.Set;
import java.util.UUID;

/** What the login needs: the password hash, the roles and the stores a user may see. */
public record LoginAccount(
        UUID id,
        String name,
        String email,
        String passwordHash,
        Language language,
        Set<Role> roles,
        Set<UUID> storeIds,
        boolean active) {}
