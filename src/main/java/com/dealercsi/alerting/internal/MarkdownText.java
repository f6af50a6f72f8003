package com.dealercsi.alerting.internal;

/**
 * Words from a DMS, a store's settings or staff that go into a chat robot's Markdown (WeCom, DingTalk, Feishu).
 * Such a message is read by the store's staff in their work chat: a model name must not become a link, an image
 * fetched from elsewhere, a {@code <font>} tag or a heading. Characters that make Markdown or the robots' HTML
 * tags are replaced by their full-width forms, which read the same to a person; line ends become spaces, so a
 * value cannot start a block of its own.
 */
final class MarkdownText {

    private MarkdownText() {}

    static String inert(String value) {
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '[' -> out.append('［');
                case ']' -> out.append('］');
                case '(' -> out.append('（');
                case ')' -> out.append('）');
                case '<' -> out.append('＜');
                case '>' -> out.append('＞');
                case '!' -> out.append('！');
                case '#' -> out.append('＃');
                case '*' -> out.append('＊');
                case '_' -> out.append('＿');
                case '`' -> out.append('｀');
                case '|' -> out.append('｜');
                case '\\' -> out.append('＼');
                default -> out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
