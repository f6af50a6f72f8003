package com.dealercsi.recovery.internal;

import com.dealercsi.shared.privacy.PersonalDataEraser;

/**
 * A case history line as erasure leaves it: the codes the history shows in words stay (channel and result of an
 * attempt, the outcome of closing, whether the follow-up made it right and its score), everything typed after them
 * (notes, the owner's comment) reads as the marker. Lines whose detail is a code, a count or a member of staff stay
 * as they are. Pure, so its rules are tested on their own ({@code CaseHistoryErasureTest}).
 */
final class CaseHistoryErasure {

    private static final String SEPARATOR = " · ";
    private static final String MARKER = PersonalDataEraser.MARKER;

    private CaseHistoryErasure() {}

    /** The line's detail without what staff typed or the owner wrote; the detail itself when it holds neither. */
    static String detail(String action, String detail) {
        if (detail.isEmpty()) {
            return detail;
        }
        if (action.startsWith("STEP_")) {
            return MARKER; // the note, an RO number, the atonement and its value, all typed by staff
        }
        return switch (action) {
            case "ATTEMPT", "FOLLOW_UP_ANSWERED" -> keepCodes(detail, 2);
            case "CLOSED" -> keepCodes(detail, 1);
            default -> detail;
        };
    }

    /** Whether the line was written by the owner (the follow-up answer), so that its actor is the owner's name. */
    static boolean actorIsOwner(String action, boolean hasStaffId) {
        return !hasStaffId && action.equals("FOLLOW_UP_ANSWERED");
    }

    /** The first {@code codes} parts as they are, then the marker if anything followed them. */
    private static String keepCodes(String detail, int codes) {
        int end = -1;
        for (int i = 0; i < codes; i++) {
            end = detail.indexOf(SEPARATOR, end < 0 ? 0 : end + SEPARATOR.length());
            if (end < 0) {
                return detail; // only codes: nothing was typed
            }
        }
        return detail.substring(0, end) + SEPARATOR + MARKER;
    }
}
