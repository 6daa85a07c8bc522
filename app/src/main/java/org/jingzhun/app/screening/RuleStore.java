// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.NotFoundException;
import org.jingzhun.rules.Checker;
import org.jingzhun.rules.Parser;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleFile;
import org.jingzhun.rules.RuleKind;
import org.jingzhun.rules.RuleSyntaxException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rules as versioned data. Every version of every rule is kept; a rule set is a numbered list of
 * rule versions, and the highest number is active. Changing or removing a rule makes a new rule
 * set, so a run's findings always name the exact rule versions (and set) they came from. The
 * default set (DOMAIN.md §6.5, §7, shipped in the rules module) becomes set 1 on first use.
 */
@Component
public class RuleStore {

    /** A rule set with its rules, parsed. */
    public record RuleSet(int version, Instant activatedAt, String activatedBy, String note, List<Rule> rules) {
    }

    /** What an administrator submits for a rule. */
    public record RuleDraft(RuleKind kind, String riskType, String suggests, String title, String message,
                            String condition) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RuleStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The active rule set (the defaults are stored on first use). */
    @Transactional
    public RuleSet active() {
        Integer version = latest();
        if (version == null) {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('rule_set'))").query().singleRow();
            version = latest();
            if (version == null) {
                Instant now = Instant.now(clock);
                for (Rule r : RuleFile.defaults()) {
                    insertRule(r, now, "system");
                }
                return activate(1, RuleFile.defaults(), "system", "默认规则集（DOMAIN.md §6.5、§7）");
            }
        }
        return ruleSet(version);
    }

    private Integer latest() {
        return jdbc.sql("select max(version) from rule_set").query(Integer.class).optional().orElse(null);
    }

    public RuleSet ruleSet(int version) {
        var head = jdbc.sql("select activated_at, activated_by, note from rule_set where version = :v").param("v", version)
                .query((rs, i) -> new Object[] {rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3)}).optional()
                .orElseThrow(() -> new NotFoundException("problem.rules.not-found.title", "problem.rules.set-not-found", version));
        List<Rule> rules = jdbc.sql("""
                select r.* from rule_set_rule s join rule r on r.code = s.code and r.version = s.rule_version
                where s.rule_set_version = :v order by r.code""")
                .param("v", version).query((rs, i) -> toRule(rs)).list();
        return new RuleSet(version, (Instant) head[0], (String) head[1], (String) head[2], rules);
    }

    /** Every version of one rule, newest first. */
    public List<Rule> versions(String code) {
        List<Rule> rules = jdbc.sql("select * from rule where code = :c order by version desc").param("c", code)
                .query((rs, i) -> toRule(rs)).list();
        if (rules.isEmpty()) {
            throw new NotFoundException("problem.rules.not-found.title", "problem.rules.not-found", code);
        }
        return rules;
    }

    /**
     * Checks a draft (syntax, fields, types, vocabulary, metadata) and, if it passes, stores it as the
     * rule's next version and activates a new rule set with it.
     */
    @Transactional
    public RuleSet save(String code, RuleDraft draft, String actor) {
        RuleSet current = active();
        Rule rule = validate(code, 1, draft);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('rule_set'))").query().singleRow();
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from rule where code = :c").param("c", code)
                .query(Integer.class).single();
        rule = new Rule(code, next, rule.kind(), rule.riskType(), rule.suggests(), rule.title(), rule.message(),
                rule.conditionText(), rule.condition());
        insertRule(rule, Instant.now(clock), actor);
        List<Rule> rules = new ArrayList<>(current.rules().stream().filter(r -> !r.code().equals(code)).toList());
        rules.add(rule);
        return activate(latest() + 1, rules, actor, "规则 " + code + " 第 " + next + " 版");
    }

    /**
     * Replaces the active set by the rules of a rule file: a rule whose text or metadata differs from
     * its active version gets a new version, a rule not in the file is left out of the new set.
     * Returns the current set unchanged when the file changes nothing.
     */
    @Transactional
    public RuleSet replaceAll(String ruleFileText, String actor) {
        List<Rule> incoming;
        try {
            incoming = RuleFile.parse(ruleFileText == null ? "" : ruleFileText);
        } catch (RuleFile.RuleFileException e) {
            throw new BadRequestException("problem.rules.file", e.line(), e.getMessage())
                    .with("problems", List.of(Map.of("line", e.line(), "message", e.getMessage())));
        }
        if (incoming.isEmpty()) {
            throw new BadRequestException("problem.rules.file-empty");
        }
        RuleSet current = active();
        jdbc.sql("select pg_advisory_xact_lock(hashtext('rule_set'))").query().singleRow();
        Map<String, Rule> active = new java.util.HashMap<>();
        current.rules().forEach(r -> active.put(r.code(), r));
        List<Rule> next = new ArrayList<>();
        boolean changed = incoming.size() != current.rules().size();
        Instant now = Instant.now(clock);
        for (Rule r : incoming) {
            Rule old = active.get(r.code());
            if (old != null && sameContent(old, r)) {
                next.add(old);
                continue;
            }
            changed = true;
            int version = jdbc.sql("select coalesce(max(version), 0) + 1 from rule where code = :c").param("c", r.code())
                    .query(Integer.class).single();
            Rule stored = new Rule(r.code(), version, r.kind(), r.riskType(), r.suggests(), r.title(), r.message(),
                    r.conditionText(), r.condition());
            insertRule(stored, now, actor);
            next.add(stored);
        }
        if (!changed) {
            return current;
        }
        return activate(latest() + 1, next, actor, "导入规则文件（" + next.size() + " 条）");
    }

    private static boolean sameContent(Rule a, Rule b) {
        return a.kind() == b.kind() && java.util.Objects.equals(a.riskType(), b.riskType())
                && java.util.Objects.equals(a.suggests(), b.suggests()) && a.title().equals(b.title())
                && a.message().equals(b.message()) && normalised(a.conditionText()).equals(normalised(b.conditionText()));
    }

    private static String normalised(String condition) {
        return condition.strip().replaceAll("\\s+", " ");
    }

    /** Activates a new rule set without the rule (its versions stay stored). */
    @Transactional
    public RuleSet remove(String code, String actor) {
        RuleSet current = active();
        if (current.rules().stream().noneMatch(r -> r.code().equals(code))) {
            throw new NotFoundException("problem.rules.not-found.title", "problem.rules.not-found", code);
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('rule_set'))").query().singleRow();
        return activate(latest() + 1, current.rules().stream().filter(r -> !r.code().equals(code)).toList(), actor,
                "停用规则 " + code);
    }

    /** The rule a draft would become, or a 400 listing every problem with its line and column. */
    public static Rule validate(String code, int version, RuleDraft d) {
        List<Map<String, Object>> problems = new ArrayList<>();
        if (d == null || d.condition() == null || d.condition().isBlank()) {
            throw new BadRequestException("problem.rules.condition-missing");
        }
        org.jingzhun.rules.Expr expr = null;
        try {
            expr = Parser.parse(d.condition());
            for (Checker.Problem p : Checker.check(expr)) {
                problems.add(Map.of("line", p.position().line(), "column", p.position().column(), "message", p.message()));
            }
        } catch (RuleSyntaxException e) {
            problems.add(Map.of("line", e.position().line(), "column", e.position().column(), "message", e.reason()));
        }
        if (d.kind() == null) {
            problems.add(Map.of("field", "kind", "message", "kind 必填：WARNING、ELIGIBILITY 或 DATA_QUALITY"));
        }
        if (d.title() == null || d.title().isBlank() || d.message() == null || d.message().isBlank()) {
            problems.add(Map.of("field", "title/message", "message", "标题（title）和提示（message）必填"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("problem.rules.invalid", problems.size()).with("problems", problems);
        }
        try {
            return new Rule(code, version, d.kind(), blankToNull(d.riskType()), blankToNull(d.suggests()), d.title().strip(),
                    d.message().strip(), d.condition().strip(), expr);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.rules.metadata", e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void insertRule(Rule r, Instant at, String actor) {
        jdbc.sql("""
                insert into rule (code, version, kind, risk_type, suggests, title, message, condition_text, created_at, created_by)
                values (:code, :version, :kind, :risk, :suggests, :title, :message, :condition, :at, :by)""")
                .param("code", r.code()).param("version", r.version()).param("kind", r.kind().name())
                .param("risk", r.riskType()).param("suggests", r.suggests()).param("title", r.title())
                .param("message", r.message()).param("condition", r.conditionText())
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", actor).update();
    }

    private RuleSet activate(int version, List<Rule> rules, String actor, String note) {
        jdbc.sql("insert into rule_set (version, activated_at, activated_by, note) values (:v, :at, :by, :note)")
                .param("v", version).param("at", Instant.now(clock).atOffset(ZoneOffset.UTC)).param("by", actor)
                .param("note", note).update();
        for (Rule r : rules) {
            jdbc.sql("insert into rule_set_rule (rule_set_version, code, rule_version) values (:s, :c, :v)")
                    .param("s", version).param("c", r.code()).param("v", r.version()).update();
        }
        return ruleSet(version);
    }

    private static Rule toRule(java.sql.ResultSet rs) throws java.sql.SQLException {
        String condition = rs.getString("condition_text");
        return new Rule(rs.getString("code"), rs.getInt("version"), RuleKind.valueOf(rs.getString("kind")),
                rs.getString("risk_type"), rs.getString("suggests"), rs.getString("title"), rs.getString("message"),
                condition, Parser.parse(condition));
    }
}
