// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jingzhun.app.JingzhunApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs one job in the application without its web server, then stops it (and PostgreSQL). */
final class Jobs {

    private Jobs() {
    }

    static <T> T run(List<String> springArgs, Function<ConfigurableApplicationContext, T> job) {
        List<String> args = new ArrayList<>(springArgs);
        // Keep the console for the job's own output unless the user asked for more.
        if (args.stream().noneMatch(a -> a.startsWith("--logging.level.root"))) {
            args.add("--logging.level.root=WARN");
        }
        // a one-off command must not start the background demo load of a new installation
        if (args.stream().noneMatch(a -> a.startsWith("--jingzhun.demo.households"))) {
            args.add("--jingzhun.demo.households=false");
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JingzhunApplication.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new))) {
            return job.apply(context);
        }
    }
}
