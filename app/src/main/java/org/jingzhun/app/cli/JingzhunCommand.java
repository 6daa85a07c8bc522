// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(name = "jingzhun",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "精准 Jingzhun — 防止返贫动态监测和帮扶、网格化管理平台.",
                "",
                "Without a command, runs 'serve'. Spring options (--server.port=8081,",
                "--spring.datasource.url=...) are accepted by every command.",
                "Data lives in $JINGZHUN_DATA_DIR (default ./var) unless spring.datasource.url is set."},
        subcommands = {ServeCommand.class, RegionsCommand.class, GridsCommand.class, HouseholdsCommand.class, FeedsCommand.class,
                ScreenCommand.class, UsersCommand.class, GenerateCommand.class, BenchCommand.class})
public class JingzhunCommand implements Runnable {

    @Override
    public void run() {
        // picocli runs this only when no subcommand is given, which Jingzhun.main turns into 'serve'
        throw new IllegalStateException("no command");
    }
}
