package com.dealercsi.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;

/**
 * The store's privacy notice, linked at the foot of every page an owner opens, below the last button, so it is
 * always there and never where the thumb taps "next".
 */
public class PrivacyNoticeLink extends Footer {

    public PrivacyNoticeLink(String path) {
        addClassName("privacy-notice-footer");
        var link = new Anchor(path.startsWith("/") ? path.substring(1) : path, getTranslation("notice.link"));
        link.addClassName("privacy-notice-link");
        add(link);
    }
}
