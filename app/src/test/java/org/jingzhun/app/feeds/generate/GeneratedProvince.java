// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jingzhun.app.feeds.generate.FeedFiles.Person;
import org.jingzhun.app.feeds.generate.FeedFiles.Row;
import org.jingzhun.app.registry.generate.HouseholdGenerator;

/**
 * The whole province's households and feeds at a small scale, generated once for all the feed
 * tests of a run (it takes a few seconds) into a temporary directory removed when the JVM exits.
 */
record GeneratedProvince(Path dir, FeedGenerationSummary summary, List<Row> rows, Map<String, Person> persons) {

    static final double SCALE = 0.002;
    static final long SEED = 7;

    private static GeneratedProvince instance;

    static synchronized GeneratedProvince get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("jingzhun-feeds-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                HouseholdGenerator.generate(SCALE, SEED, dir, (c, d, t) -> { });
                FeedGenerator feeds = new FeedGenerator(SCALE, SEED, FeedGenerator.DEFAULT_AS_OF);
                FeedGenerationSummary summary = feeds.generate(dir, feeds.countyCodes(), 2, FeedGenerator.Progress.NONE);
                instance = new GeneratedProvince(dir, summary, FeedFiles.feeds(dir), FeedFiles.persons(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the run for
        }
    }
}
