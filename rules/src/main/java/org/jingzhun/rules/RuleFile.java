// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes rule sets as text, the form in which the default set ships and administrators
 * exchange rules:
 * <pre>
 * rule W_INCOME_BELOW_LINE
 * version 1
 * kind WARNING
 * suggests BY_HOUSEHOLD
 * title 参考人均收入低于监测线
 * message 参考人均收入低于当年防返贫监测线
 * when
 *   household.category &lt;&gt; 'MONITORED' and household.reference_income &lt; param monitoring_line
 * end
 * </pre>
 * {@code risk} and {@code suggests} are optional. Each condition is parsed and {@link Checker checked};
 * an error names the rule and the line in the file.
 */
public final class RuleFile {

    private RuleFile() {
    }

    /** The default rule set of DOMAIN.md §6.5 and §7, shipped with the rules module. */
    public static List<Rule> defaults() {
        try (InputStream in = RuleFile.class.getResourceAsStream("default-rules.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Rule> parse(String text) {
        String[] lines = text.split("\r?\n", -1);
        List<Rule> rules = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Map<String, String> header = new LinkedHashMap<>();
        StringBuilder condition = null;
        int conditionLine = 0;
        int ruleLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (condition != null) {
                if (trimmed.equals("end")) {
                    Rule rule = build(header, condition.toString(), ruleLine, conditionLine);
                    if (!codes.add(rule.code())) {
                        throw new RuleFileException(ruleLine, "rule " + rule.code() + " appears twice");
                    }
                    rules.add(rule);
                    header.clear();
                    condition = null;
                } else {
                    condition.append(line).append('\n');
                }
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int space = trimmed.indexOf(' ');
            String key = space < 0 ? trimmed : trimmed.substring(0, space);
            String value = space < 0 ? "" : trimmed.substring(space + 1).strip();
            switch (key) {
                case "rule" -> {
                    if (!header.isEmpty()) {
                        throw new RuleFileException(i + 1, "rule " + header.get("rule") + " has no 'when … end'");
                    }
                    ruleLine = i + 1;
                    header.put(key, value);
                }
                case "version", "kind", "risk", "suggests", "title", "message" -> {
                    if (header.isEmpty()) {
                        throw new RuleFileException(i + 1, "'" + key + "' before any 'rule CODE' line");
                    }
                    header.put(key, value);
                }
                case "when" -> {
                    condition = new StringBuilder();
                    conditionLine = i + 2;
                }
                default -> throw new RuleFileException(i + 1, "unknown line '" + key
                        + "' (rule, version, kind, risk, suggests, title, message, when … end)");
            }
        }
        if (condition != null || !header.isEmpty()) {
            throw new RuleFileException(ruleLine, "rule " + header.get("rule") + " is not closed with 'end'");
        }
        return List.copyOf(rules);
    }

    private static Rule build(Map<String, String> h, String conditionText, int ruleLine, int conditionLine) {
        String code = h.get("rule");
        for (String required : List.of("version", "kind", "title", "message")) {
            if (!h.containsKey(required)) {
                throw new RuleFileException(ruleLine, "rule " + code + " has no '" + required + "'");
            }
        }
        try {
            Expr expr = Checker.parseChecked(conditionText);
            return new Rule(code, Integer.parseInt(h.get("version")), RuleKind.valueOf(h.get("kind")), h.get("risk"),
                    h.get("suggests"), h.get("title"), h.get("message"), conditionText.strip(), expr);
        } catch (RuleSyntaxException e) {
            throw new RuleFileException(conditionLine + e.position().line() - 1,
                    "rule " + code + ", column " + e.position().column() + ": " + e.reason());
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(ruleLine, "rule " + code + ": " + e.getMessage());
        }
    }

    /** Writes rules in the form {@link #parse} reads. */
    public static String format(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        for (Rule r : rules) {
            out.append("rule ").append(r.code()).append('\n')
                    .append("version ").append(r.version()).append('\n')
                    .append("kind ").append(r.kind()).append('\n');
            if (r.riskType() != null) {
                out.append("risk ").append(r.riskType()).append('\n');
            }
            if (r.suggests() != null) {
                out.append("suggests ").append(r.suggests()).append('\n');
            }
            out.append("title ").append(r.title()).append('\n')
                    .append("message ").append(r.message()).append('\n')
                    .append("when\n");
            r.conditionText().lines().forEach(l -> out.append("  ").append(l.strip()).append('\n'));
            out.append("end\n\n");
        }
        return out.toString();
    }

    /** A rule file that cannot be read, with the line. */
    public static final class RuleFileException extends RuntimeException {
        private final int line;

        public RuleFileException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
