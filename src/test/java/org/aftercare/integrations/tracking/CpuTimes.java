package org.aftercare.integrations.tracking;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time used so far by this JVM and by the benchmark's own PostgreSQL (its postmaster's
 * backends, read from /proc) — on a shared machine the wall clock also counts other people's work.
 */
record CpuTimes(long jvmNanos, long postgresNanos) {

    private static final long TICK_NANOS = 10_000_000L; // USER_HZ = 100 on Linux

    static CpuTimes now(Path dataDir) {
        long jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new CpuTimes(jvm, postgres(dataDir));
    }

    CpuTimes since(CpuTimes start) {
        return new CpuTimes(jvmNanos - start.jvmNanos, postgresNanos - start.postgresNanos);
    }

    /** The postmaster's own time, its live children's, and that of children that ended (cutime). */
    private static long postgres(Path dataDir) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
            long ticks = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    List<String> stat = stat(process);
                    if (stat == null) {
                        continue;
                    }
                    long pid = Long.parseLong(process.getFileName().toString());
                    if (pid == postmaster) {
                        ticks += Long.parseLong(stat.get(11)) + Long.parseLong(stat.get(12))
                                + Long.parseLong(stat.get(13)) + Long.parseLong(stat.get(14));
                    }
                    else if (Long.parseLong(stat.get(1)) == postmaster) {
                        ticks += Long.parseLong(stat.get(11)) + Long.parseLong(stat.get(12));
                    }
                }
            }
            return ticks * TICK_NANOS;
        }
        catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Fields of /proc/pid/stat after the command name: state, ppid, …, utime (index 11), stime, cutime, cstime. */
    private static List<String> stat(Path process) {
        try {
            String text = Files.readString(process.resolve("stat"));
            return List.of(text.substring(text.lastIndexOf(')') + 2).split(" "));
        }
        catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
