package com.dealercsi.shared.digest;

import java.util.Optional;

/**
 * A feature's part of the Monday digest: figures against targets, the week's red alerts, overdue cases, top topics,
 * plans due. Implemented in each feature's {@code internal} package; the digest module collects every bean of this
 * type, so features depend on this contract and never on the digest.
 *
 * <p>Called from a scheduled job with no signed-in user: an implementation limits itself to
 * {@link DigestReader#storeIds()} and must not rely on method security to do so. The digest sets the reader's own
 * account for the call (ADR 0061), so a secured service asked from a section answers as it would for the reader
 * signed in; each call runs in a read-only transaction of its own, and one that throws is left out of the mail.
 */
public interface DigestSection {

    /** Where the section sits in the mail, lower first: figures 10, alerts 20, cases 30, topics 40, plans 50. */
    int position();

    /** Empty when the section has nothing to say to this reader this week (the mail leaves it out). */
    Optional<DigestBlock> forReader(DigestReader reader);
}
