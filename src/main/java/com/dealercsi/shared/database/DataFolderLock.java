package com.dealercsi.shared.database;

import com.dealercsi.shared.StartupProblem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds the data folder for one running app. The operating system lets go of the lock when the process dies,
 * also on {@code kill -9}, so a lock we can take proves that no other live app uses the folder: whatever
 * database server still runs on it was left behind by a dead one.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock take(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        var channel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new StartupProblem(
                    "The data folder " + dataDir.toAbsolutePath().normalize()
                            + " is in use by another running Dealer CSI.",
                    "Stop the other one first, or give this one a folder of its own with --csi.data-dir=<folder>.");
        }
        return new DataFolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
