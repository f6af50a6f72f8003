package com.dealercsi.admin;

import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What other features need to know about a store. */
public record StoreRef(
        UUID id,
        String code,
        String name,
        ZoneId timeZone,
        @Nullable String contactPhone) {}
