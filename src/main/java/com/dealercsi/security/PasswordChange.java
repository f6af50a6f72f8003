package com.dealercsi.security;

import com.dealercsi.admin.Passwords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The logged-in member of staff changes their own password, and nobody else's. */
@Service
@PreAuthorize("isAuthenticated()")
public class PasswordChange {

    private final Passwords passwords;

    PasswordChange(Passwords passwords) {
        this.passwords = passwords;
    }

    /** @throws com.dealercsi.admin.AdministrationRejected with the sentence to show */
    public void change(String current, String next) {
        passwords.change(CurrentStaff.require().staffId(), current, next);
    }
}
