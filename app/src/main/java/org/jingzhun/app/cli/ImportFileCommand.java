// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jingzhun.app.platform.csv.ImportReport;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** An {@code import FILE} command: runs one import against the database and prints its report. */
abstract class ImportFileCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file")
    Path file;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    /** Runs the import with the application's beans. */
    abstract ImportReport importFile(ApplicationContext context, InputStream in, String source);

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            System.err.println("找不到文件 (file not found): " + file.toAbsolutePath());
            return 2;
        }
        return Jobs.run(springArgs, context -> {
            try (InputStream in = Files.newInputStream(file)) {
                return ImportPrinter.print(importFile(context, in, file.getFileName().toString()), System.out, System.err);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
