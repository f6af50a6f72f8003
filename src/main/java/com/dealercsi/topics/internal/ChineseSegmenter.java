package com.dealercsi.topics.internal;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * HanLP's Viterbi segmenter with the dealer's words as its own user dictionary, so that 工时费 or 服务顾问 come out
 * as one word. The dictionary is built in memory for this segmenter only: HanLP's global custom dictionary (a 3 MB
 * general list) is never loaded, and two taggers with different dictionaries do not see each other's words. HanLP
 * segmenters are safe to share between threads once built.
 */
final class ChineseSegmenter {

    private final Segment segment;

    ChineseSegmenter(Collection<String> dealerWords) {
        var words = new TreeMap<String, CoreDictionary.Attribute>();
        for (var word : dealerWords) {
            if (word.codePointCount(0, word.length()) > 1) {
                words.put(word, CoreDictionary.Attribute.create("nz 1024"));
            }
        }
        var trie = new DoubleArrayTrie<CoreDictionary.Attribute>();
        if (!words.isEmpty()) {
            trie.build(words);
        }
        this.segment = new ViterbiSegment()
                .enableCustomDictionary(new DynamicCustomDictionary(trie, new BinTrie<>(), null))
                .enableAllNamedEntityRecognize(false)
                .enableNumberQuantifierRecognize(false)
                .enablePartOfSpeechTagging(false);
    }

    List<String> words(String text) {
        var terms = segment.seg(text);
        var words = new ArrayList<String>(terms.size());
        for (var term : terms) {
            if (!term.word.isBlank()) {
                words.add(term.word);
            }
        }
        return words;
    }
}
