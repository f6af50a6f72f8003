package com.dealercsi.recovery;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who did something to a case, as the audit trail names them; the system has no staff id. */
public record Actor(@Nullable UUID staffId, String name) {

    public static final Actor SYSTEM = new Actor(null, "system");
}
