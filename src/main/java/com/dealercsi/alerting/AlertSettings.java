package com.dealercsi.alerting;

import com.dealercsi.admin.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one store alerts on and whom it tells: thresholds, keywords in both languages, the level of each rule,
 * and per level the roles that get the mail plus extra addresses. {@link #problems()} says what is wrong, in
 * message keys of the alerting bundle, so a form can show a sentence beside each field.
 */
public record AlertSettings(
        int overallAtMost,
        AlertLevel overallLevel,
        List<String> keywordsZh,
        List<String> keywordsEn,
        AlertLevel keywordLevel,
        double factorBelow,
        AlertLevel factorLevel,
        int npsAtMost,
        AlertLevel npsLevel,
        AlertLevel contactLevel,
        Map<AlertLevel, Set<Role>> recipientRoles,
        Map<AlertLevel, List<String>> extraAddresses,
        List<WebhookChannel> webhooks) {

    public static final int MAX_KEYWORDS = 50;
    public static final int MAX_KEYWORD_LENGTH = 40;
    public static final int MAX_EXTRA_ADDRESSES = 10;
    public static final int MAX_WEBHOOKS = 5;
    public static final int MIN_GENERIC_SECRET_LENGTH = 16;
    /** Roles that receive alert mails; roles without a store (group manager, admin) are left out. */
    public static final Set<Role> RECIPIENT_ROLES = EnumSet.of(
            Role.GENERAL_MANAGER,
            Role.STORE_MANAGER,
            Role.CUSTOMER_SERVICE_MANAGER,
            Role.CUSTOMER_SERVICE,
            Role.ADVISOR);

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public AlertSettings {
        keywordsZh = clean(keywordsZh);
        keywordsEn = clean(keywordsEn);
        var roles = new EnumMap<AlertLevel, Set<Role>>(AlertLevel.class);
        var extras = new EnumMap<AlertLevel, List<String>>(AlertLevel.class);
        for (var level : AlertLevel.values()) {
            var given = recipientRoles.get(level);
            roles.put(level, given == null || given.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(given)));
            extras.put(level, clean(extraAddresses.getOrDefault(level, List.of())));
        }
        recipientRoles = Map.copyOf(roles);
        extraAddresses = Map.copyOf(extras);
        // settings stored before webhooks existed have none
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
    }

    public AlertSettings(
            int overallAtMost,
            AlertLevel overallLevel,
            List<String> keywordsZh,
            List<String> keywordsEn,
            AlertLevel keywordLevel,
            double factorBelow,
            AlertLevel factorLevel,
            int npsAtMost,
            AlertLevel npsLevel,
            AlertLevel contactLevel,
            Map<AlertLevel, Set<Role>> recipientRoles,
            Map<AlertLevel, List<String>> extraAddresses) {
        this(
                overallAtMost,
                overallLevel,
                keywordsZh,
                keywordsEn,
                keywordLevel,
                factorBelow,
                factorLevel,
                npsAtMost,
                npsLevel,
                contactLevel,
                recipientRoles,
                extraAddresses,
                List.of());
    }

    public AlertSettings withWebhooks(List<WebhookChannel> channels) {
        return new AlertSettings(
                overallAtMost,
                overallLevel,
                keywordsZh,
                keywordsEn,
                keywordLevel,
                factorBelow,
                factorLevel,
                npsAtMost,
                npsLevel,
                contactLevel,
                recipientRoles,
                extraAddresses,
                channels);
    }

    /** The brief's rules; every level goes to the service manager and the customer-service manager. */
    public static AlertSettings defaults() {
        var managers = Set.of(Role.STORE_MANAGER, Role.CUSTOMER_SERVICE_MANAGER);
        return new AlertSettings(
                6,
                AlertLevel.RED,
                List.of("投诉", "退款", "律师", "曝光"),
                List.of("complaint", "refund", "lawyer"),
                AlertLevel.RED,
                600,
                AlertLevel.AMBER,
                6,
                AlertLevel.AMBER,
                AlertLevel.INFO,
                Map.of(AlertLevel.RED, managers, AlertLevel.AMBER, managers, AlertLevel.INFO, managers),
                Map.of());
    }

    public AlertRules rules() {
        return new AlertRules(
                overallAtMost,
                overallLevel,
                Stream.concat(keywordsZh.stream(), keywordsEn.stream()).toList(),
                keywordLevel,
                factorBelow,
                factorLevel,
                npsAtMost,
                npsLevel,
                contactLevel);
    }

    public Set<Role> rolesFor(AlertLevel level) {
        return recipientRoles.getOrDefault(level, Set.of());
    }

    public List<String> extraAddressesFor(AlertLevel level) {
        return extraAddresses.getOrDefault(level, List.of());
    }

    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (overallAtMost < 1 || overallAtMost > 10) {
            problems.add(new Problem("overallAtMost", "alerting.settings.error.overall"));
        }
        if (factorBelow < 100 || factorBelow > 1000) {
            problems.add(new Problem("factorBelow", "alerting.settings.error.factor"));
        }
        if (npsAtMost < 0 || npsAtMost > 10) {
            problems.add(new Problem("npsAtMost", "alerting.settings.error.nps"));
        }
        checkKeywords("keywordsZh", keywordsZh, problems);
        checkKeywords("keywordsEn", keywordsEn, problems);
        for (var level : AlertLevel.values()) {
            var extras = extraAddressesFor(level);
            if (extras.size() > MAX_EXTRA_ADDRESSES
                    || extras.stream().anyMatch(a -> !EMAIL.matcher(a).matches())) {
                problems.add(new Problem("extra" + level.name(), "alerting.settings.error.address"));
            }
            if (!RECIPIENT_ROLES.containsAll(rolesFor(level))) {
                problems.add(new Problem("roles" + level.name(), "alerting.settings.error.role"));
            }
        }
        if (webhooks.size() > MAX_WEBHOOKS || webhooks.stream().anyMatch(AlertSettings::wrongWebhook)) {
            problems.add(new Problem("webhooks", "alerting.settings.error.webhook"));
        }
        // an alert that opens a case must reach somebody, or nobody would know of the case
        for (var level : List.of(AlertLevel.RED, AlertLevel.AMBER)) {
            if (rolesFor(level).isEmpty() && extraAddressesFor(level).isEmpty()) {
                problems.add(new Problem("roles" + level.name(), "alerting.settings.error.noRecipient"));
            }
        }
        return problems;
    }

    private static boolean wrongWebhook(WebhookChannel channel) {
        var url = channel.url();
        boolean badUrl =
                url.length() > 500 || !(url.startsWith("https://") || url.startsWith("http://")) || url.contains(" ");
        boolean unsigned = channel.kind() == WebhookChannel.Kind.GENERIC
                && channel.secret().length() < MIN_GENERIC_SECRET_LENGTH;
        return badUrl || unsigned || channel.secret().length() > 200;
    }

    private static void checkKeywords(String field, List<String> keywords, List<Problem> problems) {
        if (keywords.size() > MAX_KEYWORDS || keywords.stream().anyMatch(k -> k.length() > MAX_KEYWORD_LENGTH)) {
            problems.add(new Problem(field, "alerting.settings.error.keywords"));
        }
    }

    private static List<String> clean(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(
                values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList()));
    }

    /** A field that is wrong, and the message key of the sentence that says why. */
    public record Problem(String field, String messageKey) {}
}
