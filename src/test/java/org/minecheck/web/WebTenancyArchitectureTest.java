package org.minecheck.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.minecheck.store.Store;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the tenancy rule of the web door means in code, checked on the compiled classes. It checks signatures and call
 * sites, not the SQL text: that each query's WHERE names the tenant is shown by the isolation tests (every endpoint with
 * another tenant's ids, H2 and PostgreSQL) and, on PostgreSQL, enforced again by row-level security.
 *
 * <ol>
 *   <li>Every public method of a web repository takes a {@link Tenant} first, or is marked {@link BeforeTenant} (sign-in
 *       and token look-up, store-wide retention and restart recovery).
 *   <li>Only web repositories touch the database (Store, JdbcClient, JdbcTemplate): a controller or service cannot run
 *       a query that skipped the repository.
 *   <li>Controllers never call a {@link BeforeTenant} method and never make a {@link Tenant} themselves: the tenant
 *       comes from the signed-in principal ({@code CurrentTenant}).
 * </ol>
 */
@AnalyzeClasses(packages = "org.minecheck.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebTenancyArchitectureTest {

    @ArchTest
    static final ArchRule everyRepositoryQueryTakesTheTenant = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Repository.class)
            .and()
            .arePublic()
            .and()
            .areNotAnnotatedWith(BeforeTenant.class)
            .should(new ArchCondition<JavaMethod>("take a Tenant as the first parameter") {
                @Override
                public void check(JavaMethod m, ConditionEvents events) {
                    boolean ok = !m.getRawParameterTypes().isEmpty()
                            && m.getRawParameterTypes().get(0).isEquivalentTo(Tenant.class);
                    events.add(new SimpleConditionEvent(
                            m, ok, m.getFullName() + (ok ? " takes" : " does not take") + " a Tenant first"));
                }
            })
            .because("another tenant's id must find nothing: every query is scoped by the signed-in tenant");

    @ArchTest
    static final ArchRule onlyRepositoriesTouchTheDatabase = noClasses()
            .that()
            .resideInAPackage("org.minecheck.web..")
            .and()
            .areNotAnnotatedWith(Repository.class)
            .and()
            .doNotHaveSimpleName("RowSecurityCheck")
            .and()
            .doNotHaveSimpleName("DemoAccounts")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(JdbcClient.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(JdbcTemplate.class)
            .orShould()
            .callMethod(Store.class, "jdbc")
            .orShould()
            .callMethod(Store.class, "template")
            .because("a query outside the tenant-scoped repositories would escape the tenancy rule (RowSecurityCheck"
                    + " reads the catalogue only; DemoAccounts asks the store which database it is)");

    @ArchTest
    static final ArchRule controllersTakeTheTenantFromThePrincipalOnly = noClasses()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(Tenant.class))))
            .orShould()
            .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(
                            BeforeTenant.class)))
            .because("the tenant comes only from the signed-in principal");
}
