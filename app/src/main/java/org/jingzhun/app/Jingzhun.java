// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app;

import org.jingzhun.app.cli.JingzhunCommand;
import org.jingzhun.app.cli.ServeCommand;
import picocli.CommandLine;

/**
 * The one entry point of {@code jingzhun.jar}: {@code serve} (the default) runs the server; other
 * commands do one job against the same database and exit. {@code --help} works on every command.
 */
public final class Jingzhun {

    private Jingzhun() {
    }

    public static void main(String[] args) {
        int code = run(args);
        if (code != ServeCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    static int run(String[] args) {
        return new CommandLine(new JingzhunCommand()).execute(withDefaultCommand(args));
    }

    /** No command, or only Spring options such as {@code --server.port=8081}: serve. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length == 0) {
            return new String[] {"serve"};
        }
        String first = args[0];
        boolean helpOrVersion = first.equals("-h") || first.equals("--help") || first.equals("-V") || first.equals("--version");
        if (first.startsWith("--") && !helpOrVersion) {
            String[] withServe = new String[args.length + 1];
            withServe[0] = "serve";
            System.arraycopy(args, 0, withServe, 1, args.length);
            return withServe;
        }
        return args;
    }
}
