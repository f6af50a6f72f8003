package com.dealercsi.survey;

import com.dealercsi.shared.Factor;

/** A rated question (1–10, may be "not applicable") of one CSI factor; its texts are in the message bundles. */
public record QuestionnaireItem(String id, Factor factor) {

    public String messageKey() {
        return "item." + id;
    }
}
