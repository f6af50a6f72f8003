package com.dealercsi.security;

import com.dealercsi.admin.AccountSettings;
import com.dealercsi.admin.StaffAccount;
import com.dealercsi.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The signed-in member of staff reads and changes their own account, and nobody else's. */
@Service
@PreAuthorize("isAuthenticated()")
public class MyAccount {

    private final AccountSettings settings;

    MyAccount(AccountSettings settings) {
        this.settings = settings;
    }

    public StaffAccount account() {
        return settings.account(CurrentStaff.require().staffId());
    }

    public void preferLanguage(Language language) {
        settings.preferLanguage(CurrentStaff.require().staffId(), language);
    }
}
