package com.dealercsi.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicFigureTest {

    @Test
    void the_share_negative_is_of_the_mentions_and_the_change_is_against_the_period_before() {
        var figure = new TopicFigure(Topic.WAITING, 8, 5, 2, 812.5);

        assertThat(figure.negativeShare()).isEqualTo(25.0);
        assertThat(figure.change()).isEqualTo(3);
        assertThat(new TopicFigure(Topic.WAITING, 0, 4, 0, null).negativeShare())
                .isNull();
        assertThat(new TopicFigure(Topic.WAITING, 0, 4, 0, null).change()).isEqualTo(-4);
    }
}
