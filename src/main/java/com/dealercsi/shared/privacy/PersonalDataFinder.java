package com.dealercsi.shared.privacy;

import java.util.List;

/**
 * A feature's part of an owner search and of an access file (PIPL Art. 45): everything it holds for these
 * visits, as records a person can read. Implemented in each feature's {@code internal} package.
 */
public interface PersonalDataFinder {

    List<PersonalRecord> recordsOf(OwnerIdentity owner);
}
