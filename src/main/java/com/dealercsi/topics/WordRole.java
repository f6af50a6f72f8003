package com.dealercsi.topics;

/** What a word of the dealer dictionary does in a comment. */
public enum WordRole {
    /** Names a topic and says nothing good or bad by itself: 洗车, advisor. */
    TOPIC,
    /** Names a topic that is bad when present and good when denied: 排队, queue ("不用排队", "no queue"). */
    TOPIC_BAD,
    /** Names a topic that is good when present and bad when denied: 准时, on time. */
    TOPIC_GOOD,
    /**
     * Names a topic only when nothing else in the same part of the comment does and the part carries a feeling: 顾问
     * in 顾问不错 is about the advisor's manner, in 顾问把费用解释得很清楚 about the charges.
     */
    TOPIC_FALLBACK,
    /** Praise: 满意, 干净, friendly. */
    POSITIVE,
    /** Complaint: 慢, 贵, rude. */
    NEGATIVE,
    /** Turns the next feeling word round: 不, 没有, not, never. */
    NEGATOR,
    /** Makes the next feeling word stronger: 很, 太, very, too. */
    INTENSIFIER,
    /** Starts a new part of the comment with its own feeling: 但是, 就是, but. */
    CONTRAST,
    /** Makes the part a wish, which praises nothing: 希望, 建议, hope, suggest. */
    WISH;

    public boolean namesTopic() {
        return this == TOPIC || this == TOPIC_BAD || this == TOPIC_GOOD || this == TOPIC_FALLBACK;
    }
}
