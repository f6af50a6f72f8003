package com.dealercsi.invitation;

import java.time.Duration;
import java.util.Optional;

/** The timing rules that apply to one store: the defaults with the store's own overrides laid over them. */
public record InvitationPolicy(Duration delay, QuietHours quietHours, Optional<Duration> reminderAfter) {}
