// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The files an {@code … import FILE|DIR...} command reads: files as given, directories' .csv/.xlsx by name. */
final class ImportFiles {

    private ImportFiles() {
    }

    /**
     * The files to import, or null after telling the user which path does not exist.
     *
     * @param skipped a file name in a directory that is not data (a generator's summary), or null
     */
    static List<Path> list(List<Path> paths, Predicate<String> skipped) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".xlsx"))
                            .filter(f -> !skipped.test(f.getFileName().toString()))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                System.err.println("找不到文件 (file not found): " + p.toAbsolutePath());
                return null;
            }
        }
        return files;
    }
}
