package org.wellbeing.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The highest heap use seen while it runs: a daemon thread reads the used heap every millisecond.
 * Sampling can miss a peak that lasts less than that; the garbage collector's own peaks are in its log.
 */
final class HeapSampler implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        peak = usedHeap();
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, usedHeap());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static long usedHeap() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Used heap after a full collection: what is still reachable. */
    static long retainedHeap() {
        System.gc();
        return usedHeap();
    }

    long peak() {
        return Math.max(peak, usedHeap());
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
