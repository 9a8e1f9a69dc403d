/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * Architecture rules every module checks on its own classes: the public API (packages outside
 * {@code internal}) exposes no Jackson or networknt types, and logs only through SLF4J.
 */
public final class ApiRules {
    private ApiRules() {}

    /**
     * Checks the rules on the production classes below a package.
     *
     * @param rootPackage e.g. {@code io.github.coreosrelease.core}
     */
    public static void check(String rootPackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        ArchRuleDefinition.methods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat(publicApi())
                .should(notMentionInternalLibraries())
                .check(classes);
        ArchRuleDefinition.noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging.log4j..")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> publicApi() {
        return DescribedPredicate.describe(
                "public API classes",
                c -> c.getModifiers().contains(JavaModifier.PUBLIC)
                        && !c.getPackageName().contains(".internal")
                        && !c.getSimpleName().startsWith("Immutable"));
    }

    private static ArchCondition<JavaMethod> notMentionInternalLibraries() {
        return new ArchCondition<>("not mention Jackson or networknt types in their signature") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean leaks = method.getRawReturnType().getName().startsWith("com.fasterxml")
                        || method.getRawReturnType().getName().startsWith("com.networknt")
                        || method.getRawParameterTypes().stream()
                                .anyMatch(p -> p.getName().startsWith("com.fasterxml")
                                        || p.getName().startsWith("com.networknt"));
                if (leaks) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes a library type"));
                }
            }
        };
    }
}
