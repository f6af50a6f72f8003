package com.dealercsi.topics;

import com.dealercsi.shared.Language;
import com.dealercsi.topics.internal.TaggingEngine;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tags an owner's comment with the topics it speaks of and its sentiment, in Simplified Chinese and English.
 * Chinese is cut into words by HanLP with the dealer dictionary as its user dictionary, so 洗车 is found as a word
 * and never inside another one; negations (不慢, 没有等很久, "not bad") turn the feeling round.
 *
 * <p>Safe for any number of threads. The segmenter (about 0.7 s and 33 MB) is loaded on the first comment, not at
 * start-up. The comment is only read as text: markup in it is words like any other, and the triggers handed back
 * are dictionary words, so they are as safe to show as the dictionary is.
 */
@Component
public class CommentTagger {

    private final DealerDictionary base;
    private volatile DealerDictionary dictionary;
    private volatile @Nullable TaggingEngine engine;

    public CommentTagger() {
        this(DealerDictionary.standard());
    }

    public CommentTagger(DealerDictionary dictionary) {
        this.base = dictionary;
        this.dictionary = dictionary;
    }

    /**
     * @param language the owner's language as the visit gives it, or {@code null} when not known; a comment in the
     *     other script, or in both, is given the language most of it is written in
     */
    public CommentTags tag(String comment, @Nullable Language language) {
        return engine().tag(comment, language);
    }

    /** Adds an administrator's words; comments tagged from now on use them. */
    public synchronized void extend(Collection<DictionaryEntry> entries) {
        var extended = dictionary.extend(entries);
        var rebuilt = new TaggingEngine(extended);
        dictionary = extended;
        engine = rebuilt;
    }

    /**
     * Replaces the administrators' words: the dictionary becomes the one this tagger started with plus these, so a
     * word an administrator removed is gone. Comments tagged from now on use them; a comment being tagged keeps the
     * engine it started with.
     */
    public synchronized void useAdditions(Collection<DictionaryEntry> additions) {
        var extended = base.extend(additions);
        var rebuilt = new TaggingEngine(extended);
        dictionary = extended;
        engine = rebuilt;
    }

    public DealerDictionary dictionary() {
        return dictionary;
    }

    private TaggingEngine engine() {
        var current = engine;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (engine == null) {
                engine = new TaggingEngine(dictionary);
            }
            return engine;
        }
    }
}
