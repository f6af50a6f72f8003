package com.dealercsi.admin;

import com.dealercsi.shared.Language;
import java.util.Set;
import java.util.UUID;

/** A member of staff as other features see them. */
public record StaffRef(UUID id, String name, String email, Language language, Set<Role> roles) {}
