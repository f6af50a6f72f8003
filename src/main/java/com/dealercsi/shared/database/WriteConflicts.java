package com.dealercsi.shared.database;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Tells a write refused for a conflict with another transaction, which succeeds when run again, from every other
 * failure. MariaDB reports a deadlock and a Galera certification conflict both as error 1213 (SQLState 40001), a
 * lock wait that ran out as 1205; Spring turns them into {@link PessimisticLockingFailureException}s, but at
 * commit, or through JPA, the bare driver exception may come wrapped in something else.
 */
final class WriteConflicts {

    private static final int DEADLOCK_OR_CERTIFICATION = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final String SERIALIZATION_FAILURE = "40001";

    private WriteConflicts() {}

    static boolean isConflict(@Nullable Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK_OR_CERTIFICATION
                            || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                            || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
