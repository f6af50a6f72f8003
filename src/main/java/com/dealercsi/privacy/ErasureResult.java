package com.dealercsi.privacy;

import java.util.Map;

/**
 * What an erasure did: how many of the owner's visits it covered, and rows changed by table, for the staff's
 * confirmation, the DMS's answer and the audit trail. No personal data.
 */
public record ErasureResult(int visits, Map<String, Integer> rowsByTable) {

    public boolean foundNobody() {
        return visits == 0;
    }
}
