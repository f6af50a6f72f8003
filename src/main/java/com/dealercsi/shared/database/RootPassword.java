package com.dealercsi.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's root password: made once from a CSPRNG, kept in the data folder in a file only the
 * app's own user can read, so an operator can open the database with the {@code mariadb} client.
 */
final class RootPassword {

    static final String FILE_NAME = "mariadb-root-password";
    static final String CLIENT_CONFIG = "mariadb-client.cnf";

    private RootPassword() {}

    static String readOrCreate(Path dataDir) throws IOException {
        var file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        writePrivately(file, password + "\n");
        return password;
    }

    /** A client option file, so {@code mariadb --defaults-extra-file=data/mariadb-client.cnf csi} just works. */
    static void writeClientConfig(Path dataDir, int port, String password) throws IOException {
        writePrivately(
                dataDir.resolve(CLIENT_CONFIG),
                "# written by Dealer CSI at each start: the embedded database of this data folder\n"
                        + "[client]\nhost=127.0.0.1\nport=" + port + "\nuser=root\npassword=" + password + "\n");
    }

    private static void writePrivately(Path file, String content) throws IOException {
        var temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
