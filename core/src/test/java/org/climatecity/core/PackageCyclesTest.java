package org.climatecity.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** No package of core depends, directly or through others, on a package that depends on it. */
class PackageCyclesTest {

    @Test
    void thePackagesOfCoreAreFreeOfCycles() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.climatecity.core");

        slices().matching("org.climatecity.(**)").should().beFreeOfCycles().check(core);
    }
}
