package org.minecheck;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows between packages (docs/architecture.md): the core never reaches a front door, the store or the tools;
 * the engine never knows its extensions; the fact model stands alone; no two packages import each other in a ring.
 */
@AnalyzeClasses(packages = "org.minecheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] CORE = {
        "org.minecheck.model..",
        "org.minecheck.ingest..",
        "org.minecheck.geometry..",
        "org.minecheck.engine..",
        "org.minecheck.finding..",
        "org.minecheck.fund..",
        "org.minecheck.regional..",
        "org.minecheck.report..",
        "org.minecheck.i18n..",
        "org.minecheck.config..",
        "org.minecheck.picture..",
        "org.minecheck.compliance.."
    };

    static final String[] DOORS_STORE_AND_TOOLS = {
        "org.minecheck.shell..",
        "org.minecheck.web..",
        "org.minecheck.store..",
        "org.minecheck.inspection..",
        "org.minecheck.tools..",
        "org.minecheck.waiver.."
    };

    @ArchTest
    static final ArchRule theCoreNeverImportsAFrontDoorTheStoreOrTheTools = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DOORS_STORE_AND_TOOLS)
            .because("the shell, the web door and inspections are thin callers of one core, and the tools ship apart");

    @ArchTest
    static final ArchRule theEngineNeverImportsItsExtensions = noClasses()
            .that()
            .resideInAPackage("org.minecheck.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.minecheck.fund..", "org.minecheck.regional..")
            .because("fund and regional plug in through engine.api.CheckExtension");

    @ArchTest
    static final ArchRule theModelImportsNothingElseOfOurs = classes()
            .that()
            .resideInAPackage("org.minecheck.model..")
            .should()
            .onlyDependOnClassesThat(
                    not(resideInAPackage("org.minecheck..")).or(resideInAPackage("org.minecheck.model..")))
            .because("fact records are the bottom layer every other package builds on");

    /** The wiring of the engine's extensions sits in the application package (CoreConfig), above every slice. */
    @ArchTest
    static final ArchRule noPackagesImportEachOtherInARing =
            slices().matching("org.minecheck.(*)..").should().beFreeOfCycles();
}
