// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.util.SplittableRandom;

/** A discrete distribution over 0..n−1 with relative weights, sampled with one random draw. */
final class Weighted {

    private final double[] cumulative;

    Weighted(double... weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight at " + i);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    int sample(SplittableRandom random) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** The mean of {@code index + offset}, e.g. the mean household size when index 0 is size 1. */
    double mean(int offset) {
        double mean = 0;
        double previous = 0;
        for (int i = 0; i < cumulative.length; i++) {
            mean += (cumulative[i] - previous) * (i + offset);
            previous = cumulative[i];
        }
        return mean;
    }
}
