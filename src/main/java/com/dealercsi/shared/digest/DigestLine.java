package com.dealercsi.shared.digest;

import org.jspecify.annotations.Nullable;

/**
 * A line of a digest section.
 *
 * @param text what the line says, plain text in the reader's language
 * @param path where a click should lead, relative to the app's public address (such as {@code /cases/42}), or null
 */
public record DigestLine(String text, @Nullable String path) {}
