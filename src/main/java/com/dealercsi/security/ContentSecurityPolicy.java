package com.dealercsi.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Content-Security-Policy of the app (ADR 0042). Scripts: the app's own files, plus the inline scripts
 * Vaadin writes into a page, each carrying that response's nonce; {@code 'unsafe-eval'} because Vaadin's client
 * runs {@code executeJs} calls through {@code new Function}. No {@code 'unsafe-inline'} for scripts, so inline
 * event handlers ({@code onerror=}) and {@code javascript:} URLs do not run. Styles may be inline: Vaadin's
 * components and views set {@code style} attributes. Images may be {@code data:} URLs (the pick-up sheet's QR
 * code).
 *
 * @param reportOnly send {@code Content-Security-Policy-Report-Only} instead, to watch a change before enforcing it
 */
@ConfigurationProperties("csi.security.csp")
record ContentSecurityPolicy(@DefaultValue("false") boolean reportOnly) {

    private static final String COMMON = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    String headerName() {
        return reportOnly ? "Content-Security-Policy-Report-Only" : "Content-Security-Policy";
    }

    /** For a page Vaadin wrote, whose inline scripts carry {@code nonce}. */
    String forPage(String nonce) {
        return COMMON + "; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'";
    }

    /** For every other response: no inline script at all. */
    String forOtherResponses() {
        return COMMON + "; script-src 'self'";
    }
}
