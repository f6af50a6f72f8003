package com.dealercsi.shared.ui;

import com.dealercsi.shared.Language;

/**
 * Keeps a signed-in user's choice of language with their account, so that the back office opens in it at their
 * next login. The security feature provides it; the shared frame only knows that there is one.
 */
public interface LanguagePreference {

    void remember(Language language);
}
