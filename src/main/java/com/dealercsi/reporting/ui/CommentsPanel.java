package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.Dashboard;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;

/** The owners' latest words, alerts marked, each leading to its answer: what the figures do not say. */
class CommentsPanel extends DashboardSection {

    /** @param filter the dashboard's comment filter, shown here where its effect is */
    CommentsPanel(Dashboard dashboard, TextField filter) {
        super("dashboard.comments");
        add(filter);
        if (dashboard.comments().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.comments.empty")));
            return;
        }
        var list = new Div();
        list.addClassName("comments");
        for (var comment : dashboard.comments()) {
            list.add(comment(comment));
        }
        add(list);
    }

    private Div comment(Dashboard.Comment comment) {
        var item = new Div();
        item.addClassName("comment");
        if (comment.alertLevel() != null) {
            item.addClassName("alert-" + comment.alertLevel().name().toLowerCase(Locale.ROOT));
        }
        // owners' words are shown as text, never as HTML
        var text = new Paragraph(comment.text());
        text.addClassName("comment-text");
        var link = new Anchor(
                "responses/" + comment.responseId(),
                Formats.dateTime(comment.submittedAt(), comment.zone(), getLocale()) + " · " + comment.storeName()
                        + (comment.advisorName() == null ? "" : " · " + comment.advisorName()) + " · "
                        + getTranslation(
                                "dashboard.comments.scores",
                                Formats.score(comment.csi()),
                                comment.overall(),
                                comment.nps()));
        link.addClassName("comment-meta");
        item.add(text, link);
        return item;
    }
}
