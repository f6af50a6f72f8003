package com.dealercsi.topics;

import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.Language;
import com.dealercsi.topics.internal.DictionaryReload;
import com.dealercsi.topics.internal.DictionaryWords;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dealer dictionary's words added by administrators: a term or synonym that names a topic, or a word of praise
 * or complaint. Applied to the tagger at once, without a restart; audited as a change of settings.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class TopicDictionary {

    public static final int MAX_TERM_LENGTH = 60;
    /** What an administrator may add: the roles whose meaning needs no knowledge of the tagger's rules. */
    public static final Set<WordRole> ROLES = Set.of(WordRole.TOPIC, WordRole.POSITIVE, WordRole.NEGATIVE);

    private final DictionaryWords words;
    private final DictionaryReload reload;
    private final AuditTrail audit;
    private final Clock clock;

    TopicDictionary(DictionaryWords words, DictionaryReload reload, AuditTrail audit, Clock clock) {
        this.words = words;
        this.reload = reload;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DictionaryWord> words() {
        return words.all();
    }

    /**
     * @param topic the topic the term names, for {@link WordRole#TOPIC}; null for a word of praise or complaint
     * @throws DictionaryProblem when the word is blank, too long, lacks its topic or is already there
     */
    @Transactional
    public void add(Language language, String term, WordRole role, @Nullable Topic topic) {
        var cleaned = term.strip();
        if (cleaned.isEmpty()) {
            throw new DictionaryProblem("topics.dictionary.error.blank");
        }
        if (cleaned.length() > MAX_TERM_LENGTH) {
            throw new DictionaryProblem("topics.dictionary.error.long");
        }
        if (!ROLES.contains(role)) {
            throw new DictionaryProblem("topics.dictionary.error.role");
        }
        if (role.namesTopic() && topic == null) {
            throw new DictionaryProblem("topics.dictionary.error.topic");
        }
        var named = role.namesTopic() ? topic : null;
        if (!words.add(language, cleaned, role, named, CurrentStaff.require().displayName(), clock.instant())) {
            throw new DictionaryProblem("topics.dictionary.error.duplicate");
        }
        audit.record(
                AuditAction.SETTINGS_CHANGED,
                null,
                "topic-dictionary",
                Map.of(
                        "added",
                        cleaned,
                        "language",
                        language.tag(),
                        "role",
                        role.name(),
                        "topic",
                        named == null ? "-" : named.code()));
        reload.reloadIfChanged();
    }

    @Transactional
    public void remove(DictionaryWord word) {
        if (words.remove(word.id())) {
            audit.record(
                    AuditAction.SETTINGS_CHANGED,
                    null,
                    "topic-dictionary",
                    Map.of(
                            "removed",
                            word.term(),
                            "language",
                            word.language().tag(),
                            "role",
                            word.role().name()));
            reload.reloadIfChanged();
        }
    }
}
