// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the architecture of CONVENTIONS.md true: the domain's value types and rules stay free of
 * frameworks, databases and I/O, and shared platform code does not reach into features.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jingzhun");
    }

    private static final String[] FORBIDDEN_IN_DOMAIN = {
            "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "java.io..", "java.nio.file..",
            "java.net..", "org.postgresql..", "org.flywaydb..", "com.zaxxer..", "tools.jackson..", "com.fasterxml..",
            "org.slf4j..", "picocli..", "org.duckdb.."};

    @Test
    void kernelIsFreeOfFrameworksDatabasesAndIo() {
        ArchRule rule = noClasses().that().resideInAPackage("org.jingzhun.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN_IN_DOMAIN)
                .because("kernel holds framework-free value types (CONVENTIONS.md)");
        rule.check(classes);
    }

    @Test
    void rulesAreFreeOfFrameworksDatabasesAndIo() {
        String[] forbidden = java.util.Arrays.stream(FORBIDDEN_IN_DOMAIN).filter(p -> !p.equals("java.io..")).toArray(String[]::new);
        ArchRule rule = noClasses().that().resideInAPackage("org.jingzhun.rules..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("the rule language must be testable without a database or a framework");
        rule.check(classes);
        // reading its own classpath resource (the default rule set) is the only I/O it does
        noClasses().that().resideInAPackage("org.jingzhun.rules..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("java.io other than"
                        + " reading a classpath resource", c -> c.getPackageName().equals("java.io")
                        && !java.util.Set.of("InputStream", "IOException", "UncheckedIOException").contains(c.getSimpleName())))
                .check(classes);
    }

    @Test
    void kernelAndRulesDoNotDependOnTheApplication() {
        noClasses().that().resideInAnyPackage("org.jingzhun.kernel..", "org.jingzhun.rules..")
                .should().dependOnClassesThat().resideInAPackage("org.jingzhun.app..")
                .check(classes);
        noClasses().that().resideInAPackage("org.jingzhun.kernel..")
                .should().dependOnClassesThat().resideInAPackage("org.jingzhun.rules..")
                .check(classes);
    }

    @Test
    void helpMeasuresDoNotDependOnTheMonitoringProcedure() {
        // the procedure opens and closes help plans and reads measures; help knows nothing of cases
        noClasses().that().resideInAPackage("org.jingzhun.app.assistance..")
                .should().dependOnClassesThat().resideInAPackage("org.jingzhun.app.monitoring..")
                .check(classes);
    }

    @Test
    void platformCodeDoesNotReachIntoFeatures() {
        noClasses().that().resideInAPackage("org.jingzhun.app.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jingzhun.app.region..", "org.jingzhun.app.registry..", "org.jingzhun.app.screening..",
                        "org.jingzhun.app.feeds..", "org.jingzhun.app.security..", "org.jingzhun.app.audit..")
                .check(classes);
    }
}
