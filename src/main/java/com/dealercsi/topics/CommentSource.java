package com.dealercsi.topics;

/** Where a tagged comment was written; with the source's own id it names the comment without copying its words. */
public enum CommentSource {
    /** The survey's comment, whether the owner typed it or staff took it down by phone: a survey response id. */
    ANSWER,
    /** The follow-up survey's comment after a case was closed: a follow-up id. */
    FOLLOW_UP
}
