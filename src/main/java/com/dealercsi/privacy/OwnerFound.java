package com.dealercsi.privacy;

import com.dealercsi.shared.Language;
import com.dealercsi.shared.privacy.OwnerQuery;
import java.util.List;

/**
 * What an owner search found: the owner's visits, newest first, each with everything the features hold about it.
 *
 * @param searchedBy message keys of the parts the search used (never their values), for the audit trail
 */
public record OwnerFound(OwnerQuery query, List<String> searchedBy, List<OwnerVisit> visits) {

    public boolean isEmpty() {
        return visits.isEmpty();
    }

    /** Every record of every visit: what an access file holds. */
    public int records() {
        return visits.stream().mapToInt(visit -> visit.records().size()).sum();
    }

    /** The owner's language: the one of their newest visit, which their mails and survey used. */
    public Language language() {
        return visits.isEmpty() ? Language.ZH_CN : visits.getFirst().visit().language();
    }
}
