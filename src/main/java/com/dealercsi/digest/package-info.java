/**
 * The Monday digest: one mail per manager and week with every feature's {@code shared.digest.DigestSection}, and
 * the manager's own choice to receive it (ADR 0061).
 */
@NullMarked
package com.dealercsi.digest;

import org.jspecify.annotations.NullMarked;
