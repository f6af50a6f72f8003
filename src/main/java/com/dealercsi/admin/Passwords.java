package com.dealercsi.admin;

import com.dealercsi.admin.internal.StaffRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of staff changes their own password. Knowing the current password is the permission; the security
 * feature passes the logged-in user's id.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class Passwords {

    public static final int MIN_LENGTH = 10;

    private final StaffRepository staff;
    private final PasswordEncoder encoder;

    Passwords(StaffRepository staff, PasswordEncoder encoder) {
        this.staff = staff;
        this.encoder = encoder;
    }

    /** @throws AdministrationRejected when the current password is wrong or the new one too weak */
    public void change(java.util.UUID staffId, String current, String next) {
        var member = staff.findById(staffId).orElseThrow(() -> new AdministrationRejected("admin.user.unknown"));
        if (!encoder.matches(current, member.passwordHash())) {
            throw new AdministrationRejected("admin.password.wrongCurrent");
        }
        if (next.length() < MIN_LENGTH) {
            throw new AdministrationRejected("admin.password.tooShort");
        }
        if (next.equals(current)) {
            throw new AdministrationRejected("admin.password.same");
        }
        member.usePasswordHash(encoder.encode(next));
    }
}
