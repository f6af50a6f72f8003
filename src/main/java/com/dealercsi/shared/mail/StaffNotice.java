package com.dealercsi.shared.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A kind of notification mailed to staff, one mail per recipient. Kinds differ only in this data; the
 * {@link StaffMailer} does the rest the same way for all.
 *
 * @param template the {@link MailTemplates template} name
 * @param subjectKey the message key of the subject
 * @param sentLog the table that remembers who has had which notice of this kind: besides the key columns named
 *        in {@link #key}, it has {@code recipient} (lower case) and {@code sent_at}
 * @param key the columns and values that tell this notice from others of its kind, e.g. the case
 */
public record StaffNotice(
        MailPurpose purpose, String template, String subjectKey, String sentLog, Map<String, Object> key) {

    public StaffNotice {
        // the columns go into the SQL in this order, matching their values
        key = new LinkedHashMap<>(key);
    }
}
