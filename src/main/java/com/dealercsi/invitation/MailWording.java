package com.dealercsi.invitation;

import com.dealercsi.shared.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parts of an invitation or reminder mail a store may word itself. Everything else (the survey button, the
 * expiry line, why the owner gets the mail and how to unsubscribe) stays fixed, so no store can drop the
 * opt-out or turn the mail into advertising. Texts are plain text with {@link MailPlaceholder placeholders};
 * they are filled in here, in Java, and handed to the mail template as values, never as template code.
 */
public record MailWording(String subject, String greeting, String intro, String closing) {

    public static final int SUBJECT_MAX = 120;
    public static final int GREETING_MAX = 100;
    public static final int INTRO_MAX = 1000;
    public static final int CLOSING_MAX = 300;

    /** Links would let a store add its own destinations (or advertising) next to the one survey link. */
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");

    public MailWording {
        subject = tidy(subject);
        greeting = tidy(greeting);
        intro = tidy(intro);
        closing = tidy(closing);
    }

    /** What is wrong, field by field, as message keys with arguments; empty when the texts can be saved. */
    public List<Problem> problems(Language language) {
        var problems = new ArrayList<Problem>();
        check(problems, "subject", subject, SUBJECT_MAX, true, true, language);
        check(problems, "greeting", greeting, GREETING_MAX, true, true, language);
        check(problems, "intro", intro, INTRO_MAX, true, false, language);
        check(problems, "closing", closing, CLOSING_MAX, false, false, language);
        return List.copyOf(problems);
    }

    /** The texts with the facts filled in; a placeholder without a value (a store without phone) becomes empty. */
    public Filled fill(Map<MailPlaceholder, String> values) {
        return new Filled(
                Syntax.fill(subject, values),
                Syntax.fill(greeting, values),
                paragraphs(Syntax.fill(intro, values)),
                paragraphs(Syntax.fill(closing, values)));
    }

    /**
     * The filled-in texts, ready for the mail: paragraphs are separated by an empty line in what staff type, and
     * the lines inside a paragraph are kept.
     */
    public record Filled(String subject, String greeting, List<List<String>> intro, List<List<String>> closing) {

        public static String asText(List<List<String>> paragraphs) {
            return paragraphs.stream().map(lines -> String.join("\n", lines)).collect(Collectors.joining("\n\n"));
        }
    }

    /** One thing wrong with one field: the field's name, a message key and the message's arguments. */
    public record Problem(String field, String messageKey, List<String> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    private static void check(
            List<Problem> problems,
            String field,
            String text,
            int max,
            boolean required,
            boolean oneLine,
            Language language) {
        if (text.isEmpty()) {
            if (required) {
                problems.add(new Problem(field, "invitation.texts.error.required", List.of()));
            }
            return;
        }
        if (text.length() > max) {
            problems.add(new Problem(
                    field,
                    "invitation.texts.error.tooLong",
                    List.of(String.valueOf(max), String.valueOf(text.length()))));
        }
        if (oneLine && text.indexOf('\n') >= 0) {
            problems.add(new Problem(field, "invitation.texts.error.oneLine", List.of()));
        }
        if (LINK.matcher(text).find()) {
            problems.add(new Problem(field, "invitation.texts.error.link", List.of()));
        }
        var known = Arrays.stream(MailPlaceholder.values())
                .map(p -> p.token(language))
                .collect(Collectors.joining(language == Language.ZH_CN ? "、" : ", "));
        for (var issue : Syntax.issues(text)) {
            problems.add(new Problem(
                    field,
                    issue.messageKey(),
                    issue.messageKey().endsWith("unknownPlaceholder")
                            ? List.of(shortened(issue.fragment()), known)
                            : List.of(shortened(issue.fragment()))));
        }
    }

    private static String shortened(String fragment) {
        return fragment.length() <= 16 ? fragment : fragment.substring(0, 15) + "…";
    }

    private static List<List<String>> paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(p -> p.lines().map(String::strip).toList())
                .toList();
    }

    private static String tidy(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Reads {@code {name}} placeholders; full-width braces count too, since Chinese input methods type them. */
    static final class Syntax {

        record Issue(String messageKey, String fragment) {}

        private Syntax() {}

        static List<Issue> issues(String text) {
            var issues = new ArrayList<Issue>();
            scan(text, new Visitor() {
                @Override
                public void unknown(String written) {
                    issues.add(new Issue("invitation.texts.error.unknownPlaceholder", written));
                }

                @Override
                public void unclosed(String fragment) {
                    issues.add(new Issue("invitation.texts.error.unclosed", fragment));
                }

                @Override
                public void strayClosing(String fragment) {
                    issues.add(new Issue("invitation.texts.error.strayBrace", fragment));
                }
            });
            return issues;
        }

        static String fill(String text, Map<MailPlaceholder, String> values) {
            var out = new StringBuilder();
            var filled = new EnumMap<MailPlaceholder, String>(MailPlaceholder.class);
            filled.putAll(values);
            scan(text, new Visitor() {
                @Override
                public void literal(String literal) {
                    out.append(literal);
                }

                @Override
                public void placeholder(MailPlaceholder placeholder) {
                    // values are appended as they are: a value that looks like a placeholder stays as it is
                    out.append(filled.getOrDefault(placeholder, ""));
                }

                @Override
                public void unknown(String written) {
                    out.append(written);
                }

                @Override
                public void unclosed(String fragment) {
                    out.append(fragment);
                }

                @Override
                public void strayClosing(String fragment) {
                    out.append(fragment);
                }
            });
            return out.toString();
        }

        private interface Visitor {
            default void literal(String literal) {}

            default void placeholder(MailPlaceholder placeholder) {}

            void unknown(String written);

            void unclosed(String fragment);

            void strayClosing(String fragment);
        }

        private static boolean opening(char c) {
            return c == '{' || c == '｛';
        }

        private static boolean closing(char c) {
            return c == '}' || c == '｝';
        }

        private static void scan(String text, Visitor visitor) {
            var literal = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (closing(c)) {
                    flush(literal, visitor);
                    visitor.strayClosing(String.valueOf(c));
                    i++;
                } else if (opening(c)) {
                    flush(literal, visitor);
                    int end = i + 1;
                    while (end < text.length()
                            && !closing(text.charAt(end))
                            && !opening(text.charAt(end))
                            && text.charAt(end) != '\n') {
                        end++;
                    }
                    if (end >= text.length() || !closing(text.charAt(end))) {
                        visitor.unclosed(text.substring(i, end));
                        i = end;
                        continue;
                    }
                    var written = text.substring(i, end + 1);
                    var placeholder = MailPlaceholder.named(text.substring(i + 1, end));
                    if (placeholder.isPresent()) {
                        visitor.placeholder(placeholder.get());
                    } else {
                        visitor.unknown(written);
                    }
                    i = end + 1;
                } else {
                    literal.append(c);
                    i++;
                }
            }
            flush(literal, visitor);
        }

        private static void flush(StringBuilder literal, Visitor visitor) {
            if (!literal.isEmpty()) {
                visitor.literal(literal.toString());
                literal.setLength(0);
            }
        }
    }
}
