package org.wellbeing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.PackageMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.engine.Evaluator;

/**
 * The layers of the design notes, held: model, then statistics, then the engine and its rules, then the readers
 * (which know nothing of rules), then what is made of evaluations (writers, reports, charts, scenarios), then the
 * services, then the two adapters on top, the web and the command line, which go through the services. The
 * benchmark tools are in a module of their own (bench), outside the shipped jar and this one's class path.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.wellbeing");
    }

    private static DescribedPredicate<JavaClass> inPackages(String... packages) {
        List<PackageMatcher> matchers = Stream.of(packages).map(PackageMatcher::of).toList();
        return DescribedPredicate.describe("in " + String.join(", ", packages),
                c -> matchers.stream().anyMatch(m -> m.matches(c.getPackageName())));
    }

    @Test
    void each_layer_uses_only_the_layers_below_it() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Model").definedBy(inPackages("org.wellbeing.model.."))
                .layer("Stats").definedBy(inPackages("org.wellbeing.stats.."))
                .layer("Engine").definedBy(inPackages("org.wellbeing.engine..", "org.wellbeing.rules..",
                        "org.wellbeing.trend.."))
                .layer("Readers").definedBy(inPackages("org.wellbeing.io", "org.wellbeing.io.counts..",
                        "org.wellbeing.io.fingertips..", "org.wellbeing.io.json..", "org.wellbeing.io.town..",
                        "org.wellbeing.catalogue..", "org.wellbeing.audit.."))
                .layer("Reports").definedBy(inPackages("org.wellbeing.io.out..", "org.wellbeing.report..",
                        "org.wellbeing.chart..", "org.wellbeing.scenarios.."))
                .layer("Services").definedBy(inPackages("org.wellbeing.service..", "org.wellbeing.paper.."))
                .layer("Web").definedBy(inPackages("org.wellbeing.web.."))
                .layer("Cli").definedBy(inPackages("org.wellbeing.cli.."))
                .whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("Stats").mayOnlyAccessLayers("Model")
                .whereLayer("Engine").mayOnlyAccessLayers("Model", "Stats")
                .whereLayer("Readers").mayOnlyAccessLayers("Model", "Stats")
                .whereLayer("Reports").mayOnlyAccessLayers("Model", "Stats", "Engine", "Readers")
                .whereLayer("Services").mayOnlyAccessLayers("Model", "Stats", "Engine", "Readers", "Reports")
                .whereLayer("Web").mayOnlyAccessLayers("Model", "Stats", "Engine", "Readers", "Reports", "Services")
                .whereLayer("Cli").mayOnlyAccessLayers("Model", "Stats", "Engine", "Readers", "Reports", "Services",
                        "Web")
                .check(classes);
    }

    @Test
    void no_command_evaluates_by_itself() {
        noClasses().that().resideInAPackage("org.wellbeing.cli..")
                .should().dependOnClassesThat().areAssignableTo(Evaluator.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("the command line is an adapter: it evaluates through the services, as the web does")
                .check(classes);
    }

    @Test
    void no_web_route_evaluates_by_itself() {
        noClasses().that().resideInAPackage("org.wellbeing.web..")
                .should().dependOnClassesThat().areAssignableTo(Evaluator.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void top_level_packages_have_no_cycles() {
        slices().matching("org.wellbeing.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void packages_have_no_cycles() {
        slices().matching("org.wellbeing.(**)").should().beFreeOfCycles().check(classes);
    }
}
