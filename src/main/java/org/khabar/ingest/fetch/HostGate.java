package org.khabar.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** Per-host concurrency of 1 plus a politeness delay between consecutive requests to the same host. */
final class HostGate {

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long lastEndNanos;
        boolean used;
    }

    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    /** Blocks until this thread owns {@code host} and its delay since the last request has passed. */
    void enter(String host, Duration delay) throws InterruptedException {
        Slot s = slots.computeIfAbsent(host, h -> new Slot());
        s.lock.lockInterruptibly();
        if (s.used && !delay.isZero()) {
            long wait = s.lastEndNanos + delay.toNanos() - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    void exit(String host) {
        Slot s = slots.get(host);
        s.lastEndNanos = System.nanoTime();
        s.used = true;
        s.lock.unlock();
    }
}
