package com.dealercsi.survey;

import com.dealercsi.shared.Factor;
import org.jspecify.annotations.Nullable;

/** One rated item of an answer; a {@code null} value means the owner chose "not applicable". */
public record Rating(String itemId, Factor factor, @Nullable Integer value) {}
