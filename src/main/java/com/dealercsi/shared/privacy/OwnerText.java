package com.dealercsi.shared.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An owner's personal values as they may be written in text a feature cannot parse (a stored event, a mail, a
 * reason typed by staff), and their replacement by {@link PersonalDataEraser#MARKER}. Comparisons ignore case, so
 * {@code Wang@Example.com} goes too; a Chinese mobile is also looked for as dialled at home, without {@code +86}.
 */
public final class OwnerText {

    private OwnerText() {}

    /** Every form to look for, longest first, so a longer value is replaced before a shorter one inside it. */
    public static List<String> forms(OwnerIdentity owner) {
        var forms = new ArrayList<String>(owner.values());
        owner.mobiles().stream()
                .filter(mobile -> mobile.startsWith("+86") && mobile.length() > 3)
                .map(mobile -> mobile.substring(3))
                .forEach(forms::add);
        return forms.stream()
                .filter(form -> form.length() >= 2)
                .distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList();
    }

    /** The text with every form replaced by the marker, ignoring case. */
    public static String scrub(String text, List<String> forms) {
        var result = text;
        for (var form : forms) {
            if (containsIgnoringCase(result, form)) {
                result = Pattern.compile(Pattern.quote(form), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(result)
                        .replaceAll(Matcher.quoteReplacement(PersonalDataEraser.MARKER));
            }
        }
        return result;
    }

    /** Whether any form occurs in the text, ignoring case. */
    public static boolean mentions(String text, List<String> forms) {
        return forms.stream().anyMatch(form -> containsIgnoringCase(text, form));
    }

    /**
     * A value compared as a whole, whatever its spacing, dashes and case: for cells and headers of a file, where
     * {@code 沪A 88888} and {@code 沪A88888} are the same plate.
     */
    public static String folded(String value) {
        return value.replaceAll("[\\s\\-·.()]", "").toLowerCase(Locale.ROOT);
    }

    /** {@link #folded} forms, for looking a whole value up. */
    public static java.util.Set<String> foldedForms(OwnerIdentity owner) {
        return Stream.concat(forms(owner).stream(), owner.values().stream())
                .map(OwnerText::folded)
                .filter(form -> !form.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static boolean containsIgnoringCase(String text, String form) {
        return text.toLowerCase(Locale.ROOT).contains(form.toLowerCase(Locale.ROOT));
    }
}
