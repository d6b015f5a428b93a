package org.khabar.app;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exclusive ownership of an embedded data folder by one process. The Lucene index has a single writer,
 * so a second process (an `import` while `serve` runs) must be refused with a clear message rather than
 * fail half-way. The lock file records who holds it, for that message.
 */
public final class DataDirLock implements AutoCloseable {
    private final RandomAccessFile file;
    private final FileLock lock;

    private DataDirLock(RandomAccessFile file, FileLock lock) {
        this.file = file;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link DataDirBusyException} naming the holder. */
    public static DataDirLock acquire(Path dataDir, String holderDescription) {
        try {
            Files.createDirectories(dataDir);
            Path path = dataDir.resolve("khabar.lock");
            RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw");
            FileLock lock;
            try {
                lock = raf.getChannel().tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(raf.getChannel());
                raf.close();
                throw new DataDirBusyException(dataDir, holder);
            }
            raf.setLength(0);
            raf.write((holderDescription + " (pid " + ProcessHandle.current().pid() + ")")
                    .getBytes(StandardCharsets.UTF_8));
            raf.getFD().sync();
            return new DataDirLock(raf, lock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) size);
        channel.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
    }

    @Override
    public void close() {
        try {
            lock.release();
            file.close();
        } catch (IOException ignored) {
            // The OS releases the lock with the process anyway.
        }
    }

    /** The folder is in use by another khabar process. */
    public static final class DataDirBusyException extends RuntimeException {
        public DataDirBusyException(Path dataDir, String holder) {
            super("data folder " + dataDir + " is in use by another khabar process"
                    + (holder.isEmpty() ? "" : ": " + holder)
                    + ". Stop it first, or let the running portal import the file: khabar serve --import FILE");
        }
    }
}
