package org.climatecity.core.document;


/**
 * Checks that the stages of a scaling plan start in non-decreasing year order.
 *
 * <p>Reported at the stage that starts too early: at {@code initiatives[0].scalingPlans[0].stages[2].startYear},
 * {@code stages must start in non-decreasing year order, 2029 is before 2030 of stages[1]}.
 *
 * <p>Code {@code ordered-scaling-stages}.
 */
final class OrderedScalingStages implements Rule {

    @Override
    public String code() {
        return "ordered-scaling-stages";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        StagePairs.forEach(document, (path, index, previous, stage) -> {
            if (stage.startYear() < previous.startYear()) {
                violations.add(path.property("startYear"), "stages must start in non-decreasing year order, "
                        + stage.startYear() + " is before " + previous.startYear() + " of stages[" + (index - 1) + "]");
            }
        });
    }
}
