package com.dealercsi.invitation;

import com.dealercsi.shared.Language;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Opts out the owner behind an unsubscribe link of any {@link OwnerMailKind}. The link need not say its kind:
 * tokens are 256 random bits, so at most one kind knows a given token.
 */
@Service
public class OptOutLinks {

    private final List<OwnerMailKind> kinds;

    OptOutLinks(List<OwnerMailKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** @return the owner's language, to confirm in; empty for a link no kind knows */
    public Optional<Language> optOut(String token) {
        return kinds.stream()
                .map(kind -> kind.optOut(token))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The store whose mail carried this link; empty for a link no kind knows. */
    public Optional<java.util.UUID> storeOf(String token) {
        return kinds.stream()
                .map(kind -> kind.storeOf(token))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
