package org.wellbeing.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The machine a benchmark runs on, as every benchmark prints it before its figures. */
public final class Machine {
    private Machine() {}

    /** "Machine: 2 cores, Java 17.0.15, max heap 6028 MB, load average 0.91 at start" */
    public static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Machine: %d cores, Java %s, max heap %.0f MB, load average %.2f at start",
                runtime.availableProcessors(), System.getProperty("java.version"), runtime.maxMemory() / (1024.0 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
