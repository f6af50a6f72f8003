package com.dealercsi.survey;

import com.dealercsi.shared.Factor;
import com.dealercsi.shared.Language;

/** A rated question (1–10, may be "not applicable") of one CSI factor, with its text in both languages. */
public record QuestionnaireItem(String id, Factor factor, String textZh, String textEn) {

    public String text(Language language) {
        return language == Language.ZH_CN ? textZh : textEn;
    }
}
