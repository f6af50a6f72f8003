package com.dealercsi.alerting.ui;

import com.dealercsi.alerting.WebhookChannel;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The store's chat-robot and webhook channels, one {@code KIND URL [SECRET]} line each. */
class WebhooksField extends TextArea {

    WebhooksField() {
        setLabel(getTranslation("alerting.settings.webhooks"));
        setHelperText(getTranslation("alerting.settings.webhooksHelp"));
        setWidthFull();
        setId("webhooks");
    }

    void show(List<WebhookChannel> channels) {
        setValue(channels.stream().map(WebhookChannel::line).collect(Collectors.joining("\n")));
    }

    /** Empty when a line cannot be read, so nothing is saved without it. */
    Optional<List<WebhookChannel>> channels() {
        return WebhookChannel.parseLines(getValue());
    }
}
