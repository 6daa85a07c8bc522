// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import picocli.CommandLine.Command;

/** {@code bench …}: benchmarks that print tables of figures and ratios against a baseline of the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks (see bench/ and docs/benchmarks.md).",
        subcommands = {BenchImportCommand.class, BenchApiCommand.class, BenchScreeningCommand.class})
public class BenchCommand {
}
