// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 密码规则: at least 10 characters from at least three of upper case, lower case, digits and other
 * characters, not containing the user name. Returns every unmet condition, as message keys.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("problem.user.password-short");
            return problems;
        }
        if (password.length() > 128) {
            problems.add("problem.user.password-long");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            problems.add("problem.user.password-classes");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("problem.user.password-username");
        }
        return problems;
    }
}
