// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class JingzhunCliTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "serve", "regions", "regions import", "grids", "grids import", "households", "households import", "generate", "generate feeds", "bench", "bench import", "bench api"})
    void everyCommandExplainsItselfWithHelp(String command) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new JingzhunCommand()).setOut(new PrintWriter(out));
        String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
        int code = cli.execute(args);
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Usage: jingzhun").contains("--help");
    }
}
