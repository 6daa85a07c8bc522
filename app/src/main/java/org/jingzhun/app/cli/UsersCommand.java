// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.ConflictException;
import org.jingzhun.app.security.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code users create-admin}: the first administrator of an installation (no default password exists outside demos). */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manages users from the command line (the API /api/v1/users does the rest).",
        subcommands = UsersCommand.CreateAdmin.class)
public class UsersCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "create-admin", mixinStandardHelpOptions = true,
            description = {
                    "Creates an administrator (role ADMIN) for the province. The password is read from the",
                    "environment variable JINGZHUN_ADMIN_PASSWORD, or asked for on the console, or read from the",
                    "first line of standard input. It must have at least 10 characters of three kinds and not",
                    "contain the user name. Exit code 0 when created, 1 when refused (the reason is printed)."})
    static class CreateAdmin implements Callable<Integer> {

        @Option(names = "--username", required = true, description = "user name: 3–64 lower-case letters, digits, _ . -")
        String username;

        @Option(names = "--region", defaultValue = "360000000000", description = "the province's code (default ${DEFAULT-VALUE})")
        String region;

        @Option(names = "--name", description = "display name")
        String displayName;

        @Unmatched
        List<String> springArgs = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            String password = password();
            if (password == null || password.isEmpty()) {
                System.err.println("没有密码：请设置 JINGZHUN_ADMIN_PASSWORD，或在提示时输入");
                return 1;
            }
            return Jobs.run(springArgs, context -> {
                try {
                    UserService.UserView user = context.getBean(UserService.class).create(
                            new UserService.UserDraft(username, password, "ADMIN", region, displayName, true));
                    System.out.println("已创建管理员 " + user.username() + "（" + user.regionName() + "）");
                    return 0;
                } catch (BadRequestException | ConflictException e) {
                    var messages = context.getBean(org.jingzhun.app.platform.i18n.Messages.class);
                    String text = e instanceof BadRequestException b ? messages.get(b.messageKey(), b.args())
                            : messages.get(((ConflictException) e).detailKey(), ((ConflictException) e).args());
                    System.err.println("未创建：" + text);
                    return 1;
                }
            });
        }

        private static String password() throws IOException {
            String env = System.getenv("JINGZHUN_ADMIN_PASSWORD");
            if (env != null && !env.isEmpty()) {
                return env;
            }
            Console console = System.console();
            if (console != null) {
                char[] p = console.readPassword("管理员密码: ");
                return p == null ? null : new String(p);
            }
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }
}
