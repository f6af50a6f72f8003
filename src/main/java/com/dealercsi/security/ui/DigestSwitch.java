package com.dealercsi.security.ui;

import com.dealercsi.digest.DigestSubscriptions;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;

/**
 * The user's own switch for the Monday digest. It takes effect at once (no save button), and says so in a live
 * region, so a screen reader hears the outcome too.
 */
class DigestSwitch extends Div {

    DigestSwitch(DigestSubscriptions digest, UUID staffId) {
        addClassName("account-digest");
        var box = new Checkbox(getTranslation("digest.account.switch"));
        box.setId("account-digest");
        box.setHelperText(getTranslation("digest.account.helper"));
        box.setValue(digest.subscribed(staffId));
        var status = new Span();
        status.setId("account-digest-status");
        status.getElement().setAttribute("aria-live", "polite");
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                digest.choose(staffId, change.getValue());
                status.setText(getTranslation(change.getValue() ? "digest.account.on" : "digest.account.off"));
            }
        });
        add(box, status);
    }
}
