// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jingzhun.app.region.GridImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code grids import FILE}. */
@Command(name = "grids", mixinStandardHelpOptions = true,
        description = "Manages the grids (网格) below villages and communities.",
        subcommands = GridsCommand.Import.class)
public class GridsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {
                    "Loads grids from a CSV file: header 'code,name[,kind]' (or 网格编码,网格名称,网格类型);",
                    "code = 12-digit village code + 3-digit sequence; kind 农村 or 城市 (default: from the",
                    "village's name). The villages must exist. Applied whole or not at all; idempotent.",
                    "Exit code 0 when imported, 1 when the file has problems."})
    static class Import implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file")
        Path file;

        @Unmatched
        List<String> springArgs = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                System.err.println("找不到文件 (file not found): " + file.toAbsolutePath());
                return 2;
            }
            return Jobs.run(springArgs, context -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return ImportPrinter.print(context.getBean(GridImporter.class).importCsv(in, file.getFileName().toString()),
                            System.out, System.err);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
