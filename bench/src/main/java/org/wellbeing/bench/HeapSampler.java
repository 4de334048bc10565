package org.wellbeing.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The highest heap use seen while it runs: a daemon thread reads the used heap every millisecond.
 * Sampling can miss a peak that lasts less than that; the garbage collector's own peaks are in its log.
 *
 * <p>Heap in use counts garbage not yet collected, so it grows with the young generation the collector
 * chose. What a run needs is better read after collections: {@link #peakAfterCollection()} is the highest
 * heap left after any collection while it ran (an upper bound of what the run kept reachable, as a
 * collection of the young generation leaves older garbage in place).
 */
final class HeapSampler implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    /** The collector reports every pool it touched, the code cache and metaspace among them. */
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());

    private final Thread thread;
    private final List<NotificationEmitter> collectors = new ArrayList<>();
    private final NotificationListener afterCollection = this::collected;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakAfterCollection;

    HeapSampler() {
        peak = usedHeap();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(afterCollection, null, null);
                collectors.add(emitter);
            }
        }
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

    /** The highest heap in use just after a collection; 0 when none ran. */
    long peakAfterCollection() {
        return peakAfterCollection;
    }

    private void collected(Notification notification, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
            synchronized (this) {
                peakAfterCollection = Math.max(peakAfterCollection, after);
            }
        }
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : collectors) {
            try {
                emitter.removeNotificationListener(afterCollection);
            } catch (ListenerNotFoundException e) {
                // not added: nothing to remove
            }
        }
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
