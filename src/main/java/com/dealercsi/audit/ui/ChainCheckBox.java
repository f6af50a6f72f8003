package com.dealercsi.audit.ui;

import com.dealercsi.audit.AuditLog;
import com.dealercsi.audit.ChainCheck;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** An administrator's check of the hash chain: whole, or where it was broken and how. */
class ChainCheckBox extends Div {

    private final Span result = new Span();

    ChainCheckBox(AuditLog log) {
        result.setId("audit-chain-result");
        result.addClassName("audit-chain-result");
        var check = new Button(getTranslation("audit.chain.check"), e -> show(log.checkChain()));
        check.addThemeVariants(ButtonVariant.TERTIARY);
        check.setId("audit-chain-check");
        add(check, result);
        addClassName("audit-chain");
    }

    private void show(ChainCheck check) {
        result.removeClassNames("audit-chain-ok", "audit-chain-broken");
        if (check.intact()) {
            result.setText(getTranslation("audit.chain.intact", check.checked()));
            result.addClassName("audit-chain-ok");
        } else {
            result.setText(getTranslation(
                    "audit.chain.broken",
                    check.firstBroken(),
                    getTranslation(check.problem().messageKey())));
            result.addClassName("audit-chain-broken");
        }
    }
}
