package com.dealercsi.invitation.internal;

import com.dealercsi.shared.privacy.OwnerKeys;
import java.util.ArrayList;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Migration V68: the opt-outs stored before issue 13 were the plain SHA-256 of the lower-case address, which anyone
 * holding a dump can test guessed addresses against. Each becomes the keyed hash of that SHA-256
 * ({@link OwnerKeys#ofEmailHash}), so every existing opt-out keeps working without the address (ADR 0050). A Java
 * migration because the key lives in the app's settings, not in the database; Flyway runs it once, in its own
 * transaction, under its lock, also on a restored older dump.
 */
@Component
class KeyedOptOuts implements JavaMigration {

    private final OwnerKeys keys;

    KeyedOptOuts(OwnerKeys keys) {
        this.keys = keys;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("68");
    }

    @Override
    public String getDescription() {
        return "privacy keyed opt outs";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        var plain = new ArrayList<String>();
        try (var select = connection.prepareStatement("select owner_key from invitation_opt_out where kind = 'EMAIL'");
                var rows = select.executeQuery()) {
            while (rows.next()) {
                plain.add(rows.getString(1));
            }
        }
        try (var update = connection.prepareStatement(
                "update invitation_opt_out set owner_key = ? where owner_key = ? and kind = 'EMAIL'")) {
            int batched = 0;
            for (var hash : plain) {
                update.setString(1, keys.ofEmailHash(hash));
                update.setString(2, hash);
                update.addBatch();
                if (++batched % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
