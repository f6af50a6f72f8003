package com.dealercsi.topics;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How many comments one thread tags per second (ADR 0057). A benchmark, not a test: the default build leaves it
 * out; run {@code ./mvnw test -Dtest=CommentTaggerBenchmark}.
 */
class CommentTaggerBenchmark {

    @Test
    void comments_tagged_per_second_on_one_thread() {
        var tagger = new CommentTagger();
        var comments = List.of(
                "服务顾问态度很好，就是等的时间有点长，工时费也贵",
                "Advisor was friendly but the car was returned dirty and the bill was not explained",
                "没有等很久，师傅也很专业，洗车很干净👍",
                "Waited over 3 hours, never coming back");
        for (int i = 0; i < 2_000; i++) {
            tagger.tag(comments.get(i % comments.size()), null);
        }
        int count = 10_000;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            tagger.tag(comments.get(i % comments.size()), null);
        }
        double perSecond = count / ((System.nanoTime() - start) / 1e9);
        System.out.printf("topics: %.0f comments per second on one thread%n", perSecond);
    }
}
