package org.climatecity.core.document;


/**
 * Checks that each stage of a scaling plan covers the areas of the stage before it (see
 * {@link org.climatecity.core.pilot.ScalingStage#covers(org.climatecity.core.pilot.ScalingStage)}): pilot cities,
 * then their county, then the country, then a group of countries. What contains what is known from the areas' codes
 * and from the document's places (see {@link DocumentGeography}): a LAU lies in a NUTS region when a place of the
 * document says so.
 *
 * <p>Reported at the geographies of the stage that does not cover its predecessor: at
 * {@code initiatives[0].scalingPlans[0].stages[1].geographies},
 * {@code geographies of stage 'dalarna' must cover those of the previous stage 'pilot-cities'}.
 *
 * <p>Code {@code nested-scaling-stages}.
 */
final class NestedScalingStages implements Rule {

    @Override
    public String code() {
        return "nested-scaling-stages";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        DocumentGeography[] geography = new DocumentGeography[1];
        StagePairs.forEach(document, (path, index, previous, stage) -> {
            if (stage.covers(previous)) {
                return;
            }
            if (geography[0] == null) {
                // built only when the codes alone do not tell
                geography[0] = DocumentGeography.of(document);
            }
            if (!stage.covers(previous, geography[0]::contains)) {
                violations.add(path.property("geographies"), "geographies of stage '" + stage.id()
                        + "' must cover those of the previous stage '" + previous.id() + "'");
            }
        });
    }
}
