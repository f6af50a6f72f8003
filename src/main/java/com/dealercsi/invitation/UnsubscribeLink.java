package com.dealercsi.invitation;

import com.dealercsi.shared.CsiProperties;
import java.util.Map;

/**
 * The addresses of an owner mail's unsubscribe links: a page for people and an RFC 8058 one-click address for
 * mail clients. Every address serves every {@link OwnerMailKind}; follow-up mails keep their own only because
 * the links already sent with it must go on working, and the mail stays as it was.
 */
public enum UnsubscribeLink {
    SURVEY("unsubscribe"),
    FOLLOW_UP("follow-up-unsubscribe");

    /** The one-click addresses' common start, which needs neither session nor CSRF token. */
    public static final String ONE_CLICK_ROOT = "/mail/";

    private final String segment;

    UnsubscribeLink(String segment) {
        this.segment = segment;
    }

    public String segment() {
        return segment;
    }

    /** The page that opts out once the browser has run its script, for the link in the mail's text. */
    public String page(String token) {
        return "/" + segment + "/" + token;
    }

    public String oneClick(String token) {
        return ONE_CLICK_ROOT + segment + "/" + token;
    }

    /** RFC 8058: mail clients show their own unsubscribe button and POST to the one-click address, no page needed. */
    public Map<String, String> headers(CsiProperties csi, String token) {
        return Map.of(
                "List-Unsubscribe",
                "<" + csi.link(oneClick(token)) + ">",
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click");
    }
}
