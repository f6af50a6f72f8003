package com.dealercsi.reporting;

import org.jspecify.annotations.Nullable;

/** A factor's score over some days (1000 points; null without answers) and how many answers scored it. */
public record FactorScore(@Nullable Double score, long answers) {}
