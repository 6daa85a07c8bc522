// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.io.InputStream;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.region.GridImporter;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

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
    static class Import extends ImportFileCommand {
        @Override
        ImportReport importFile(ApplicationContext context, InputStream in, String source) {
            return context.getBean(GridImporter.class).importCsv(in, source);
        }
    }
}
