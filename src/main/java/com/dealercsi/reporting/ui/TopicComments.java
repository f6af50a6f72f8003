package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.Dashboard;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.topics.Topic;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;

/** A labelled choice of topic and the newest comments that carry it, each leading to its answer. */
class TopicComments extends Div {

    private final Div list = new Div();

    TopicComments(List<Topic> offered, Function<Topic, List<Dashboard.Comment>> commentsAbout) {
        addClassName("topic-comments");
        var choice = new Select<Topic>();
        choice.setLabel(getTranslation("dashboard.topics.filter"));
        choice.setPlaceholder(getTranslation("dashboard.topics.filter.placeholder"));
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("dashboard.topics.filter.none"));
        choice.setItems(offered.isEmpty() ? List.of(Topic.values()) : offered);
        choice.setItemLabelGenerator(topic ->
                topic == null ? getTranslation("dashboard.topics.filter.none") : getTranslation(topic.messageKey()));
        choice.addClassName("topic-filter");
        choice.setId("topic-filter");
        list.addClassName("comments");
        choice.addValueChangeListener(event -> show(event.getValue(), commentsAbout));
        add(choice, list);
    }

    private void show(Topic topic, Function<Topic, List<Dashboard.Comment>> commentsAbout) {
        list.removeAll();
        if (topic == null) {
            return;
        }
        var comments = commentsAbout.apply(topic);
        if (comments.isEmpty()) {
            list.add(new Paragraph(getTranslation("dashboard.topics.filter.empty")));
            return;
        }
        for (var comment : comments) {
            var item = new Div();
            item.addClassName("comment");
            // owners' words are shown as text, never as HTML
            var text = new Paragraph(comment.text());
            text.addClassName("comment-text");
            var link = new Anchor(
                    "responses/" + comment.responseId(),
                    Formats.dateTime(comment.submittedAt(), comment.zone(), getLocale()) + " · " + comment.storeName()
                            + " · CSI " + Formats.score(comment.csi()));
            link.addClassName("comment-meta");
            item.add(text, link);
            list.add(item);
        }
    }
}
