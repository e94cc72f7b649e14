package org.aftercare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of docs/architecture.md, verified against the code. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AftercareApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void writeModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
