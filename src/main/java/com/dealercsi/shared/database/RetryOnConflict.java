package com.dealercsi.shared.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write whose transaction is run again, whole, when the database refuses it for a conflict with a concurrent
 * one: a deadlock or lock wait on one server, a certification conflict at commit on a Galera cluster (ADR 0062).
 * Only the outermost call retries; called inside a running transaction it leaves the retry to its caller, since
 * a failed transaction cannot be continued. Put it only where running the method again is harmless: everything
 * it does goes to the database, or is made idempotent there.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RetryOnConflict {}
