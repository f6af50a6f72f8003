package com.dealercsi.invitation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.invitation.EmailAddresses;
import com.dealercsi.shared.privacy.OwnerKeys;
import com.dealercsi.support.IntegrationTest;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Migration V68 on an opt-out stored before it (the plain SHA-256 of the address): afterwards the row holds the
 * keyed hash the app looks for, so the owner is still opted out. Run on one connection and rolled back, so the
 * other tests' opt-outs are not keyed twice.
 */
class KeyedOptOutsIT extends IntegrationTest {

    @Autowired
    KeyedOptOuts migration;

    @Autowired
    OwnerKeys keys;

    @Autowired
    DataSource dataSource;

    @Test
    void an_opt_out_stored_as_a_plain_hash_is_keyed_and_still_found() throws Exception {
        var plain = EmailAddresses.hash("Before.Keying@Example.com");
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (var insert = connection.prepareStatement(
                        "insert into invitation_opt_out (owner_key, kind, opted_out_at) values (?, 'EMAIL', ?)")) {
                    insert.setString(1, plain);
                    insert.setTimestamp(2, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }

                migration.migrate(context(connection));

                assertThat(count(connection, plain)).isZero();
                assertThat(count(connection, keys.ofEmailHash(EmailAddresses.hash("before.keying@example.com"))))
                        .isEqualTo(1);
            } finally {
                connection.rollback();
            }
        }
    }

    private static int count(Connection connection, String key) throws Exception {
        try (var select = connection.prepareStatement("select count(*) from invitation_opt_out where owner_key = ?")) {
            select.setString(1, key);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
