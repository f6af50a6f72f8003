package com.dealercsi.recovery;

import com.dealercsi.admin.StoreRef;
import java.util.List;

/** The recovery rate of a period over all chosen stores, per store and per root cause (ADR 0058). */
public record RecoveryRates(RecoveryRate total, List<ByStore> byStore, List<ByCause> byCause) {

    public static final RecoveryRates NONE = new RecoveryRates(RecoveryRate.NONE, List.of(), List.of());

    public record ByStore(StoreRef store, RecoveryRate rate) {}

    public record ByCause(Cause cause, RecoveryRate rate) {}
}
