package com.dealercsi.security.ui;

import com.dealercsi.security.CurrentStaff;
import com.dealercsi.security.MyAccount;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.LanguagePreference;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The back office speaks the language of the signed-in user's account, not the browser's. Vaadin gives a session
 * the browser's language when it starts, which is what the login page should follow; the session outlives the
 * login (Spring Security only changes its id), so the first page after the login switches it to the account's
 * language, once: a later switch in the header is the user's own choice, saved to the account as well.
 */
@Component
class AccountLanguage implements VaadinServiceInitListener, LanguagePreference {

    /** The account whose language this Vaadin session already follows. */
    private static final String APPLIED_FOR = AccountLanguage.class.getName() + ".appliedFor";

    private final MyAccount account;

    AccountLanguage(MyAccount account) {
        this.account = account;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // UI init listeners run before the first navigation, so the first view is already built in this language
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    private static void apply(UI ui) {
        CurrentStaff.get().ifPresent(user -> {
            var session = ui.getSession();
            if (user.staffId().equals(session.getAttribute(APPLIED_FOR))) {
                return;
            }
            session.setAttribute(APPLIED_FOR, user.staffId());
            session.setLocale(user.language().locale());
            ui.setLocale(user.language().locale());
        });
    }

    @Override
    public void remember(Language language) {
        account.preferLanguage(language);
    }
}
