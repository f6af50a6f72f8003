package com.dealercsi.admin.internal;

import com.dealercsi.admin.Role;
import com.dealercsi.shared.Language;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production installation starts with nobody to log in. At the first start, when there is no administrator
 * yet, one is created from {@code CSI_ADMIN_FIRST_EMAIL} and {@code CSI_ADMIN_FIRST_PASSWORD}; later starts
 * leave accounts alone, so the variables can stay set (though they should be removed).
 */
@Component
@Profile("prod")
public class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffRepository staff;
    private final PasswordEncoder passwords;
    private final Settings settings;

    public FirstAdministrator(StaffRepository staff, PasswordEncoder passwords, Settings settings) {
        this.staff = staff;
        this.passwords = passwords;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        createIfNone();
    }

    /** @return whether an administrator was created */
    @Transactional
    public boolean createIfNone() {
        if (staff.existsByRolesContaining(Role.ADMIN)) {
            return false;
        }
        var email = settings.firstEmail();
        var password = settings.firstPassword();
        if (email == null || email.isBlank() || password == null || password.length() < 10) {
            log.warn("No administrator exists. Set CSI_ADMIN_FIRST_EMAIL and CSI_ADMIN_FIRST_PASSWORD (at least 10 "
                    + "characters) and restart to create the first one.");
            return false;
        }
        staff.save(new StaffMember(
                settings.firstName(),
                email,
                passwords.encode(password),
                Language.EN,
                null,
                Set.of(Role.ADMIN),
                Set.of()));
        log.info("First administrator {} created from the environment", email);
        return true;
    }

    /** {@code csi.admin.first-email} etc., normally given as environment variables {@code CSI_ADMIN_FIRST_*}. */
    @ConfigurationProperties("csi.admin")
    public record Settings(
            @Nullable String firstEmail,
            @Nullable String firstPassword,
            @DefaultValue("Administrator") String firstName) {}
}
