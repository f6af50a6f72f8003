package com.dealercsi.targets;

import org.jspecify.annotations.Nullable;

/**
 * Why a target was refused, as a message key with the allowed range for its sentence.
 *
 * @param metric the field at fault; null for the period
 */
public record TargetProblem(@Nullable Metric metric, String messageKey, int min, int max) {}
