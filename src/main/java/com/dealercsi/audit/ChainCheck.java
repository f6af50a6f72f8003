package com.dealercsi.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit trail's hash chain.
 *
 * @param checked entries whose hash was recomputed
 * @param firstBroken the sequence number of the first entry that does not fit, null when the chain is intact
 * @param problem what is wrong there, null when the chain is intact
 */
public record ChainCheck(
        long checked, @Nullable Long firstBroken, @Nullable Problem problem) {

    public boolean intact() {
        return problem == null;
    }

    /** How a chain can be broken. */
    public enum Problem {
        /** The entry's contents no longer give its hash: it was changed after it was written. */
        CHANGED,
        /** The entry does not name the hash of the entry before it. */
        NOT_LINKED,
        /** Entries before this one are missing. */
        MISSING,
        /** Entries at the end are missing: the chain's head names a later entry. */
        TAIL_MISSING,
        /** The oldest kept entry's anchor was not recorded by a retention run. */
        ANCHOR_UNRECORDED;

        public String messageKey() {
            return "audit.chain.problem." + name();
        }
    }
}
