package com.dealercsi.shared.digest;

import java.util.List;

/**
 * One section of the digest as plain text; the mail escapes every value, so an owner's words or a store's name stay
 * inert.
 *
 * @param heading the section's title in the reader's language
 * @param lines at most a handful of lines; the section chooses what matters most
 */
public record DigestBlock(String heading, List<DigestLine> lines) {

    public DigestBlock {
        lines = List.copyOf(lines);
    }
}
