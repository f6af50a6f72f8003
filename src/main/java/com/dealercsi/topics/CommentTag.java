package com.dealercsi.topics;

/** A topic a comment carries, as the tagger found it or as staff set it. */
public record CommentTag(Topic topic, Sentiment sentiment, boolean byStaff) {}
