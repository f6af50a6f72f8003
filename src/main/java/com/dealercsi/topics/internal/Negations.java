package com.dealercsi.topics.internal;

import com.dealercsi.topics.WordRole;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which words of one part of a comment a negation turns round. */
final class Negations {

    /** How many words a negation reaches: 没有等很久, "not very happy". */
    private static final int NEGATION_REACH = 3;

    private Negations() {}

    /**
     * The units a negation turns round: the first feeling word within reach or, when there is none, the first topic
     * word (in 没有等很久 it is 久 that is denied, not 等). A negation of a negation cancels: 没有什么不满意的.
     */
    static Set<Integer> negatedIn(List<Unit> part) {
        var flips = new HashMap<Integer, Integer>();
        for (int n = 0; n < part.size(); n++) {
            if (part.get(n).has(WordRole.NEGATOR)) {
                int target = targetOf(part, n);
                if (target >= 0) {
                    flips.merge(target, 1, Integer::sum);
                }
            }
        }
        var negated = new HashSet<Integer>();
        flips.forEach((unit, count) -> {
            if (count % 2 == 1) {
                negated.add(unit);
            }
        });
        return negated;
    }

    private static int targetOf(List<Unit> part, int negator) {
        int reachEnd = part.get(negator).end() + NEGATION_REACH;
        int topicWord = -1;
        for (int i = negator + 1; i < part.size() && part.get(i).start() <= reachEnd; i++) {
            var unit = part.get(i);
            if (unit.has(WordRole.NEGATOR)) {
                return topicWord >= 0 ? topicWord : targetOf(part, i);
            }
            if (unit.feeling() != 0) {
                return i;
            }
            if (topicWord < 0 && unit.namesTopic()) {
                topicWord = i;
            }
        }
        return topicWord;
    }
}
