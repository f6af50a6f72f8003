package com.dealercsi.reporting.ui;

import com.dealercsi.shared.ui.Formats;
import com.dealercsi.topics.CommentSource;
import com.dealercsi.topics.CommentTag;
import com.dealercsi.topics.CommentTopics;
import com.dealercsi.topics.Sentiment;
import com.dealercsi.topics.TaggedComment;
import com.dealercsi.topics.Topic;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The topics and sentiment of an answer's comment, with a manager's corrections: remove a topic, add one with its
 * sentiment (or change the sentiment of one there), set the comment's sentiment. Staff's tags are marked as such.
 */
@StyleSheet("topics.css")
class CommentTopicsCard extends Div {

    private final CommentTopics topics;
    private final UUID responseId;
    private final ZoneId zone;

    /** Asks for its service itself, so that the answer's page, which other features also join, gains one line. */
    CommentTopicsCard(UUID responseId, ZoneId zone) {
        this(VaadinService.getCurrent().getInstantiator().getOrCreate(CommentTopics.class), responseId, zone);
    }

    CommentTopicsCard(CommentTopics topics, UUID responseId, ZoneId zone) {
        this.topics = topics;
        this.responseId = responseId;
        this.zone = zone;
        addClassName("comment-topics");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H3(getTranslation("response.topics")));
        var tagged = topics.of(CommentSource.ANSWER, responseId);
        if (tagged.isEmpty()) {
            add(new Paragraph(getTranslation("response.topics.pending")));
            return;
        }
        var comment = tagged.get();
        boolean mayCorrect = topics.mayCorrect();
        add(tags(comment.tags(), mayCorrect));
        if (mayCorrect) {
            add(sentiment(comment), addTopic(comment.tags()));
        } else {
            add(new Paragraph(getTranslation(
                    "response.topics.sentiment.is",
                    getTranslation(comment.sentiment().messageKey()))));
        }
        if (comment.correctedBy() != null && comment.correctedAt() != null) {
            var note = new Paragraph(getTranslation(
                    "response.topics.corrected",
                    comment.correctedBy(),
                    Formats.dateTime(comment.correctedAt(), zone, getLocale())));
            note.addClassName("note");
            add(note);
        }
    }

    private Div tags(List<CommentTag> tags, boolean mayCorrect) {
        var list = new Div();
        list.addClassName("topic-tags");
        list.getElement().setAttribute("role", "list");
        if (tags.isEmpty()) {
            list.add(new Paragraph(getTranslation("response.topics.none")));
        }
        for (var tag : tags) {
            var item = new Div();
            item.addClassName("topic-tag");
            item.getElement().setAttribute("role", "listitem");
            var words = getTranslation(tag.topic().messageKey()) + " · "
                    + getTranslation(tag.sentiment().messageKey())
                    + (tag.byStaff() ? " · " + getTranslation("response.topics.byStaff") : "");
            item.add(new Span(words));
            if (mayCorrect) {
                var remove = new Button(getTranslation("response.topics.remove"), e -> {
                    topics.remove(CommentSource.ANSWER, responseId, tag.topic());
                    refresh();
                });
                remove.getElement()
                        .setAttribute(
                                "aria-label",
                                getTranslation(
                                        "response.topics.remove.label",
                                        getTranslation(tag.topic().messageKey())));
                item.add(remove);
            }
            list.add(item);
        }
        return list;
    }

    private Select<Sentiment> sentiment(TaggedComment comment) {
        var select = sentimentSelect("response.topics.sentiment");
        select.setValue(comment.sentiment());
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                topics.setSentiment(CommentSource.ANSWER, responseId, event.getValue());
                refresh();
            }
        });
        return select;
    }

    private Div addTopic(List<CommentTag> present) {
        var topic = new Select<Topic>();
        topic.setLabel(getTranslation("response.topics.add.topic"));
        topic.setItems(Topic.values());
        topic.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        var sentiment = sentimentSelect("response.topics.add.sentiment");
        sentiment.setValue(Sentiment.NEGATIVE);
        var add = new Button(getTranslation("response.topics.add"), e -> {
            if (topic.getValue() == null) {
                topic.setInvalid(true);
                topic.setErrorMessage(getTranslation("response.topics.add.topic.required"));
                return;
            }
            topics.add(CommentSource.ANSWER, responseId, topic.getValue(), sentiment.getValue());
            refresh();
        });
        var form = new Div(topic, sentiment, add);
        form.addClassName("topic-add");
        return form;
    }

    private Select<Sentiment> sentimentSelect(String labelKey) {
        var select = new Select<Sentiment>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(Sentiment.values());
        select.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        return select;
    }
}
