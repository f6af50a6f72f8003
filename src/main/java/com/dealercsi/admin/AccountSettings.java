package com.dealercsi.admin;

import com.dealercsi.admin.internal.StaffMember;
import com.dealercsi.admin.internal.StaffRepository;
import com.dealercsi.shared.Language;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member of staff may change about their own account besides the password: for now the language the back
 * office and their alert mails speak. Only the account's owner may: the security feature passes the signed-in
 * user's id, and the rule checks it against the principal (whose {@code staffId()} the security feature's
 * {@code StaffUser} provides), so no other feature can change somebody else's language through here.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated() and #staffId == principal.staffId()")
public class AccountSettings {

    private final StaffRepository staff;

    AccountSettings(StaffRepository staff) {
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public StaffAccount account(UUID staffId) {
        return member(staffId).toAccount();
    }

    /** The language the back office opens in from the next login on, and the one alert mails are written in. */
    public void preferLanguage(UUID staffId, Language language) {
        member(staffId).preferLanguage(language);
    }

    private StaffMember member(UUID staffId) {
        return staff.findById(staffId).orElseThrow(() -> new AdministrationRejected("admin.user.unknown"));
    }
}
