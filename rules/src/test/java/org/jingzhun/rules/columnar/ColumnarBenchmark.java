// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import org.jingzhun.rules.Catalog;
import org.jingzhun.rules.RandomSubjects;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleFile;

/**
 * Builds a province-shaped snapshot in memory through the streaming builder (as the application
 * would from PostgreSQL) and screens it with the default rules, printing build time, screening
 * times, hits and errors per rule, and heap used. A command, not a test:
 * <pre>
 *   ./mvnw -o -q -pl rules verify
 *   $JAVA_HOME/bin/java -Xmx6g -cp rules/target/classes:rules/target/test-classes \
 *       org.jingzhun.rules.columnar.ColumnarBenchmark --households 14000000 --threads 2 --runs 3
 * </pre>
 * Shape: 1–8 members (3.2 on average), about 3.6 department records per household, most of them the
 * monthly/quarterly items (student aid, yearly out-of-pocket), a few per cent of households with
 * each warning item, dates over the last two years and a month ahead.
 */
public final class ColumnarBenchmark {

    /** Item, share of households with it, records per such household. */
    private static final Object[][] MIX = {
        {"YB02", 0.35, 4}, {"JY02", 0.20, 6}, {"YB01", 0.15, 2}, {"CL01", 0.08, 1}, {"MZ04", 0.05, 2},
        {"RS02", 0.05, 2}, {"MZ01", 0.05, 1}, {"CG01", 0.04, 1}, {"SC01", 0.03, 1}, {"RS01", 0.02, 1},
        {"YJ01", 0.02, 1}, {"ZR01", 0.02, 1}, {"YB03", 0.01, 1}, {"MZ02", 0.01, 1}, {"MZ03", 0.01, 1},
        {"GA01", 0.01, 1}, {"GA02", 0.01, 1}, {"ZJ01", 0.01, 1}, {"NY01", 0.01, 1}, {"JR01", 0.01, 1},
        {"YJ02", 0.005, 1}, {"SL01", 0.005, 1}, {"JY01", 0.002, 1},
    };
    private static final String[] CATEGORY = {"EXITED", "EXITED", "MONITORED", "ORDINARY", "ORDINARY", "ORDINARY"};
    private static final String[] SCHOOL = {"PRESCHOOL", "PRIMARY", "JUNIOR_SECONDARY", "SENIOR_SECONDARY",
        "SECONDARY_VOCATIONAL", "HIGHER_VOCATIONAL", "BACHELOR_OR_ABOVE", "NOT_IN_SCHOOL", "DROPOUT"};
    private static final String[] HEALTH = {"HEALTHY", "HEALTHY", "HEALTHY", "CHRONIC_ILLNESS", "SERIOUS_ILLNESS", "DISABLED"};
    private static final String[] LABOUR = {"SKILLED", "ORDINARY", "ORDINARY", "WEAK", "LOST", "NONE"};
    private static final String[] WORK = {"IN_TOWNSHIP", "IN_COUNTY", "IN_PROVINCE", "OUT_OF_PROVINCE", "NOT_WORKING"};
    private static final String[] RELATION = {"SPOUSE", "SON", "DAUGHTER", "FATHER", "MOTHER", "GRANDSON", "GRANDDAUGHTER"};
    private static final String[] TEXTS = {"C", "D", "B", null};

    private ColumnarBenchmark() {
    }

    public static void main(String[] args) {
        int households = 1_000_000;
        int threads = 2;
        int runs = 3;
        boolean perRule = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--households" -> households = Integer.parseInt(args[i + 1].replace("_", ""));
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--per-rule" -> perRule = Boolean.parseBoolean(args[i + 1]);
                default -> throw new IllegalArgumentException(
                        "usage: --households N --threads T --runs R --per-rule true|false");
            }
        }
        LocalDate date = RandomSubjects.SCREENING_DATE;
        long t0 = System.nanoTime();
        Snapshot snapshot = generate(households, date, 20261101L);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapAfterBuild = rt.totalMemory() - rt.freeMemory();
        System.out.printf("snapshot: %,d households, %,d members (%.2f each), %,d feed records (%.2f each)%n",
                snapshot.households(), snapshot.members(), snapshot.members() / (double) households,
                snapshot.feeds(), snapshot.feeds() / (double) households);
        System.out.printf("build (generate + stream into builder): %,d ms; snapshot arrays %,d MB; heap used after GC %,d MB"
                + " (max %,d MB)%n", buildMs, snapshot.bytes() >> 20, heapAfterBuild >> 20, rt.maxMemory() >> 20);

        List<Rule> rules = RuleFile.defaults();
        ColumnarEngine engine = ColumnarEngine.compile(rules, Differential.decimals(RandomSubjects.params()), date);
        Summary summary = null;
        long engineCpu = 0;
        for (int run = 1; run <= runs; run++) {
            LongAdder findings = new LongAdder();
            long cpu = cpuNanos();
            summary = engine.run(snapshot, threads, (h, r, s) -> findings.increment(), null);
            engineCpu = cpuNanos() - cpu;
            System.out.printf("screen run %d: %,d ms wall with %d threads, %,d ms CPU, %,d findings%n", run,
                    summary.elapsed().toMillis(), threads, engineCpu / 1_000_000, findings.sum());
        }
        if (perRule) {
            for (Rule rule : rules) {
                ColumnarEngine one = ColumnarEngine.compile(List.of(rule), Differential.decimals(RandomSubjects.params()),
                        date);
                long best = Long.MAX_VALUE;
                for (int run = 0; run < 3; run++) {
                    long cpu = cpuNanos();
                    one.run(snapshot, threads, (h, r, s) -> { }, null);
                    best = Math.min(best, cpuNanos() - cpu);
                }
                System.out.printf("  %-24s %,8d ms CPU%n", rule.code(), best / 1_000_000);
            }
        }
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("peak heap used (sum of the heap pools' peaks, build included): %,d MB%n", peak >> 20);
        baseline(snapshot, rules, date, engineCpu);
        System.out.printf("%-24s %12s %12s  %s%n", "rule", "hits", "errors", "visits");
        for (int r = 0; r < rules.size(); r++) {
            System.out.printf("%-24s %,12d %,12d  %s%n", rules.get(r).code(), summary.hits(r), summary.errors(r),
                    engine.requirement(r).isEmpty() ? "all households" : "households with " + engine.requirement(r));
        }
        System.out.printf("%-24s %,12d %,12d%n", "total", summary.totalHits(), summary.totalErrors());
    }

    /**
     * The evaluator on the first households, one thread, rebuilding each {@link org.jingzhun.rules.Subject}
     * from the snapshot as the application would: the baseline the engine's time is a ratio to.
     */
    private static void baseline(Snapshot snapshot, List<Rule> rules, LocalDate date, long engineCpu) {
        int n = Math.min(snapshot.households(), 200_000);
        java.util.Map<String, Object> params = RandomSubjects.params();
        for (int warm = 0; warm < 2; warm++) {
            long t = System.nanoTime();
            long cpu = cpuNanos();
            long found = 0;
            for (int h = 0; h < n; h++) {
                org.jingzhun.rules.Subject subject = snapshot.subject(h, params, date);
                for (Rule rule : rules) {
                    found += org.jingzhun.rules.Evaluator.evaluate(rule.condition(), subject).status()
                            == org.jingzhun.rules.Evaluation.Status.NO_HIT ? 0 : 1;
                }
            }
            double perHousehold = (cpuNanos() - cpu) / (double) n;
            if (warm == 1) {
                System.out.printf("baseline: Evaluator, 1 thread, %,d households: %,d ms wall, %.2f µs CPU per household"
                        + " (%,d findings); engine (last run) %.3f µs CPU per household: %.0f× less CPU%n",
                        n, (System.nanoTime() - t) / 1_000_000, perHousehold / 1000, found,
                        engineCpu / 1000.0 / snapshot.households(),
                        perHousehold * snapshot.households() / Math.max(1, engineCpu));
            }
        }
    }

    /** CPU time of this process: unlike wall time, not inflated by other programs on a shared machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A province-shaped snapshot, streamed through the builder as the application does. */
    static Snapshot generate(int households, LocalDate date, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SnapshotBuilder b = Snapshot.builder(households, (int) (households * 3.3), (int) (households * 3.8));
        int category = Snapshot.field("household.category");
        int monitoringType = Snapshot.field("household.monitoring_type");
        int exitYear = Snapshot.field("household.exit_year");
        int[] flags = {Snapshot.field("household.relocated"), Snapshot.field("household.dibao"),
            Snapshot.field("household.tekun")};
        int housingSafe = Snapshot.field("household.housing_safe");
        int waterSafe = Snapshot.field("household.water_safe");
        int size = Snapshot.field("household.size");
        int incomeYear = Snapshot.field("household.income_year");
        int[] money = {Snapshot.field("household.net_income"), Snapshot.field("household.reference_income"),
            Snapshot.field("household.wages"), Snapshot.field("household.out_of_pocket")};
        int[] m = new int[Catalog.memberFields().size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = Snapshot.field("member." + Catalog.memberFields().get(i).name());
        }
        int today = (int) date.toEpochDay();
        String[] ids = new String[8];
        long record = 0;
        for (int h = 0; h < households; h++) {
            b.household(3_601_000_000_000_000L + h);
            String cat = CATEGORY[random.nextInt(CATEGORY.length)];
            b.set(category, cat);
            if (cat.equals("MONITORED")) {
                b.set(monitoringType, random.nextBoolean() ? "UNSTABLE_EXITED" : "MARGINAL");
            }
            if (!cat.equals("ORDINARY")) {
                b.set(exitYear, 2014 + random.nextInt(7));
            }
            for (int flag : flags) {
                b.set(flag, random.nextInt(20) == 0);
            }
            b.set(housingSafe, random.nextInt(100) != 0);
            b.set(waterSafe, random.nextInt(100) != 0);
            int n = 1 + Math.min(7, (int) Math.round(Math.abs(random.nextDouble() + random.nextDouble() * 2 + random.nextDouble() * 2 - 0.3)));
            b.set(size, n);
            b.set(incomeYear, 2025);
            long reference = 400_000 + random.nextLong(2_600_000);
            if (random.nextInt(50) != 0) {
                b.set(money[0], reference * n, 2);
                b.set(money[1], reference, 2);
                b.set(money[2], reference * n * random.nextInt(80) / 100, 2);
                b.set(money[3], random.nextInt(4) == 0 ? random.nextLong(3_000_000) : 0, 2);
            }
            for (int k = 0; k < n; k++) {
                member(b, m, random, k, h, ids);
            }
            for (Object[] mix : MIX) {
                if (random.nextDouble() < (double) mix[1]) {
                    int count = (int) mix[2];
                    String item = (String) mix[0];
                    for (int c = 0; c < count; c++) {
                        long value = item.equals("CL01") ? 1 + random.nextInt(4)
                                : (long) (-Math.log(1 - random.nextDouble()) * 2_500);
                        b.feed(ids[random.nextInt(n)], item, today + 30 - random.nextInt(760), value * 100,
                                TEXTS[random.nextInt(TEXTS.length)], Catalog.department(item), record++);
                    }
                }
            }
        }
        return b.build();
    }

    private static void member(SnapshotBuilder b, int[] f, SplittableRandom random, int k, int h, String[] ids) {
        b.member();
        int age = k == 0 ? 25 + random.nextInt(60) : random.nextInt(90);
        ids[k] = idNumber(h, k, 2026 - age, random.nextInt(11));
        b.set(f[0], ids[k]);
        b.set(f[1], k == 0 ? "HEAD" : RELATION[random.nextInt(RELATION.length)]);
        b.set(f[2], random.nextBoolean() ? "MALE" : "FEMALE");
        b.set(f[3], age);
        b.set(f[4], random.nextInt(200) == 0 ? SCHOOL[random.nextInt(SCHOOL.length)] : school(age));
        String health = HEALTH[random.nextInt(HEALTH.length)];
        b.set(f[5], health);
        if (health.equals("DISABLED")) {
            b.set(f[6], 1 + random.nextInt(4));
        }
        b.set(f[7], LABOUR[random.nextInt(LABOUR.length)]);
        b.set(f[8], age >= 16 && age < 65 && random.nextInt(5) != 0);
        b.set(f[9], age < 16 ? "NOT_WORKING" : WORK[random.nextInt(WORK.length)]);
        b.set(f[10], age < 16 ? 0 : random.nextInt(13));
        b.set(f[11], k == 0);
        b.set(f[12], random.nextInt(50) != 0);
        b.set(f[13], random.nextInt(30) == 0);
    }

    /** The stage a child of this age is usually at. */
    private static String school(int age) {
        if (age < 3 || age > 22) {
            return "NOT_IN_SCHOOL";
        }
        return age < 6 ? "PRESCHOOL" : age < 12 ? "PRIMARY" : age < 15 ? "JUNIOR_SECONDARY"
                : age < 18 ? "SENIOR_SECONDARY" : "BACHELOR_OR_ABOVE";
    }

    /** An 18-character ID number: region 3601xx, birth date, sequence, check character (not a valid checksum). */
    private static String idNumber(int h, int k, int year, int check) {
        char[] c = "360100000001010000".toCharArray();
        put(c, 4, 2, h % 100);
        put(c, 6, 4, year);
        put(c, 14, 3, (h / 100 + k) % 1000);
        c[17] = check == 10 ? 'X' : (char) ('0' + check);
        return new String(c);
    }

    private static void put(char[] c, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
