/**
 * The database the app runs on: the embedded MariaDB for demo and tests, its lock-down, backups and restore, and
 * the retry of a whole transaction that lost a write conflict (one server or Galera).
 */
@NullMarked
package com.dealercsi.shared.database;

import org.jspecify.annotations.NullMarked;
