package com.dealercsi.topics.internal;

import com.dealercsi.shared.digest.DigestBlock;
import com.dealercsi.shared.digest.DigestLine;
import com.dealercsi.shared.digest.DigestReader;
import com.dealercsi.shared.digest.DigestSection;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The digest's top topics of the week: the five most mentioned in the reader's stores, each with its share
 * negative and the change against the week before. Read from the daily roll-up by the stores' calendar days of the
 * covered week, Monday to Sunday.
 */
@Component
class TopicDigestSection implements DigestSection {

    static final int TOPICS = 5;

    private final TopicCounts counts;
    private final MessageSource messages;

    TopicDigestSection(TopicCounts counts, MessageSource messages) {
        this.counts = counts;
        this.messages = messages;
    }

    @Override
    public int position() {
        return 40;
    }

    @Override
    public Optional<DigestBlock> forReader(DigestReader reader) {
        var figures = counts
                .figures(reader.storeIds(), reader.monday(), reader.monday().plusDays(6))
                .stream()
                .filter(figure -> figure.mentions() > 0)
                .limit(TOPICS)
                .toList();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        var locale = reader.locale();
        var lines = figures.stream()
                .map(figure -> new DigestLine(
                        messages.getMessage(
                                "digest.topics.line",
                                new Object[] {
                                    messages.getMessage(figure.topic().messageKey(), null, locale),
                                    figure.mentions(),
                                    Math.round(figure.negativeShare() == null ? 0 : figure.negativeShare()),
                                    change(figure.change(), locale)
                                },
                                locale),
                        "/dashboard"))
                .toList();
        return Optional.of(new DigestBlock(messages.getMessage("digest.topics.heading", null, locale), lines));
    }

    private String change(long change, java.util.Locale locale) {
        if (change > 0) {
            return messages.getMessage("digest.topics.change.more", new Object[] {change}, locale);
        }
        if (change < 0) {
            return messages.getMessage("digest.topics.change.fewer", new Object[] {-change}, locale);
        }
        return messages.getMessage("digest.topics.change.same", null, locale);
    }
}
