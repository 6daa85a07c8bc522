// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jingzhun.app.registry.generate.VillageCatalog.County;

/**
 * Writes one file per county on a few daemon threads, reporting each finished county in turn: the
 * loop the household and the feed generators share. Results come back in the order given.
 */
public final class CountyPool {

    /** The work for one county; may throw (an {@link UncheckedIOException} is passed on as is). */
    @FunctionalInterface
    public interface CountyTask<S> {
        S write(County county) throws Exception;
    }

    /** Told of each finished county, one at a time. */
    @FunctionalInterface
    public interface Done<S> {
        void countyDone(S summary, int done, int total);
    }

    private CountyPool() {
    }

    /** Runs {@code task} for every county on {@code threads} threads named {@code name-N}. */
    public static <S> List<S> run(String name, List<County> order, int threads, CountyTask<S> task, Done<S> listener) {
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, order.size())), r -> {
            Thread t = new Thread(r, name + "-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<S>> futures = new ArrayList<>();
            for (County c : order) {
                futures.add(pool.submit(() -> {
                    S s = task.write(c);
                    synchronized (progressLock) {
                        listener.countyDone(s, done.incrementAndGet(), order.size());
                    }
                    return s;
                }));
            }
            List<S> results = new ArrayList<>();
            for (Future<S> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io;
            }
            throw new IllegalStateException(name + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
