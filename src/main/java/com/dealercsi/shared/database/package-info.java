/** The database the app runs on: the embedded MariaDB for demo and tests, its lock-down, backups and restore. */
@NullMarked
package com.dealercsi.shared.database;

import org.jspecify.annotations.NullMarked;
