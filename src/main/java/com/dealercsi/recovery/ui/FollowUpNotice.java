package com.dealercsi.recovery.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** What the follow-up page says instead of its question: thanks, or that the link can no longer be used. */
class FollowUpNotice extends Div {

    FollowUpNotice(String id, String titleKey, String... paragraphs) {
        addClassName("survey-notice");
        var title = new H1(getTranslation(titleKey));
        title.setId(id);
        // the heading takes the focus after sending, so a screen reader says where the owner now is
        title.getElement().setAttribute("tabindex", "-1");
        add(title);
        for (var text : paragraphs) {
            add(new Paragraph(text));
        }
    }
}
