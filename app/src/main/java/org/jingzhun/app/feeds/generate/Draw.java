// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.util.SplittableRandom;

/** The few distributions the feed models draw from, and the hashes that place events in space and time. */
final class Draw {

    private Draw() {
    }

    /** How many events of a Poisson process with mean {@code mean} (small means; Knuth's method). */
    static int poisson(double mean, SplittableRandom r) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        int n = 0;
        double p = r.nextDouble();
        while (p > limit && n < 50) {
            n++;
            p *= r.nextDouble();
        }
        return n;
    }

    /** A log-normal amount with the given median and spread (σ of the logarithm). */
    static double logNormal(double median, double sigma, SplittableRandom r) {
        return median * Math.exp(sigma * r.nextGaussian());
    }

    /** Yuan to hundredths (fen), to the fen. */
    static long fen(double yuan) {
        return Math.max(0, Math.round(yuan * 100));
    }

    /** Yuan to hundredths, rounded to a whole multiple of {@code step} yuan (at least one step). */
    static long roundedFen(double yuan, int step) {
        long steps = Math.max(1, Math.round(yuan / step));
        return steps * step * 100;
    }

    /** Uniform whole yuan in {@code [low, low + spread)}, as hundredths. */
    static long yuan(int low, int spread, SplittableRandom r) {
        return (low + (long) r.nextInt(spread)) * 100;
    }

    static boolean chance(double p, SplittableRandom r) {
        return r.nextDouble() < p;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit hash of {@code z}. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash of several keys. */
    static long hash(long... keys) {
        long h = 0x9E3779B97F4A7C15L;
        for (long k : keys) {
            h = mix64(h ^ k) + 0x9E3779B97F4A7C15L;
        }
        return mix64(h);
    }

    /** A number in [0, 1) fixed by the keys: for events shared by a whole county or village. */
    static double unit(long... keys) {
        return (hash(keys) >>> 11) * 0x1.0p-53;
    }
}
