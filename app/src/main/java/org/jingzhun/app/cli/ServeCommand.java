// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jingzhun.app.JingzhunApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** Runs the server until it is stopped (Ctrl-C or SIGTERM stop it cleanly, PostgreSQL included). */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
                "Runs the Jingzhun server: the API on http://localhost:8080 (--server.port=N to change),",
                "OpenAPI at /v3/api-docs, Swagger UI at /swagger-ui.html, health at /actuator/health.",
                "Starts an embedded PostgreSQL under $JINGZHUN_DATA_DIR (default ./var) unless",
                "--spring.datasource.url=jdbc:postgresql://... names an external one.",
                "On first start it loads the Jiangxi divisions and, on the embedded database, demo grids and then",
                "~140,000 generated demo households in the background (--jingzhun.demo.households=false to skip,",
                "--jingzhun.demo.scale=S for another size; never over a registry that already has households).",
                "--demo-history also loads the demo poverty history of 2013–2020 at the same scale (registered poor",
                "households with their identification and exit years, rural population by village and year, poor",
                "villages, poverty counties and their exits): GET /api/v1/reports/poverty?region=360000&year=2013."})
public class ServeCommand implements Callable<Integer> {

    /** What {@link #call()} returns: the server runs on in its own threads, so main must not exit. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @Option(names = "--demo-history", description = "Load the demo poverty history 2013–2020 into an empty database.")
    boolean demoHistory;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(springArgs);
        if (demoHistory) {
            args.add("--jingzhun.demo.history=true");
        }
        ConfigurableApplicationContext context = SpringApplication.run(JingzhunApplication.class, args.toArray(String[]::new));
        // The web server's non-daemon threads keep the JVM alive; main must not call System.exit.
        context.registerShutdownHook();
        return KEEP_RUNNING;
    }
}
