package org.wellbeing.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The machine a benchmark runs on, as every benchmark prints it before its figures. */
public final class Machine {
    private Machine() {}

    /**
     * "Machine: 2 cores, Java 17.0.15, max heap 6028 MB, collector G1 Young Generation/G1 Old Generation, load
     * average 0.91 at start": the collector because on two cores it changes a batch's time by more than half.
     */
    public static String describe() {
        Runtime runtime = Runtime.getRuntime();
        String collector = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).collect(java.util.stream.Collectors.joining("/"));
        return String.format(Locale.ROOT, "Machine: %d cores, Java %s, max heap %.0f MB, collector %s, load average %.2f at start",
                runtime.availableProcessors(), System.getProperty("java.version"), runtime.maxMemory() / (1024.0 * 1024),
                collector, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
