package org.climatecity.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.PlaceName;
import org.climatecity.core.actor.RegionalAuthority;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.document.RuleViolation;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.pilot.Driver;
import org.climatecity.core.pilot.EffectEstimate;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.InitiativeScope;
import org.climatecity.core.programme.PartnerRole;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.programme.RoleAssignment;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.core.time.DateRange;
import org.climatecity.core.time.YearRange;
import org.junit.jupiter.api.Test;

/** Keeps the code example of README.md true: the same statements, with its comments as assertions. */
class ReadmeExampleTest {

    @Test
    void buildsQueriesAndValidatesTheReadmeDocument() {
        // --- README example: from here
        ActorId borlange = ActorId.of("borlange");
        ActorId avesta = ActorId.of("avesta");
        ActorId region = ActorId.of("region-dalarna");
        LocalDate joined = LocalDate.of(2021, 1, 1);
        LocalDate expansion = LocalDate.of(2024, 12, 1);
        Geography dalarna = Geography.county(CountyCode.of("20"));
        LocalId target = LocalId.of("joint-target");
        LocalId pilot = LocalId.of("mobility-hub");
        ProgrammeDocument document = ProgrammeDocument.builder(Programme.builder("Viable Cities", 2030)
                        .member(borlange, joined).publishedMemberCount(expansion, 48, "Viable Cities").build())
                .actors(Municipality.of(borlange, "Borlänge", MunicipalityCode.of("2081")),
                        Municipality.of(avesta, "Avesta", MunicipalityCode.of("2084")),
                        new RegionalAuthority(region, "Region Dalarna", CountyCode.of("20")))
                .initiative(Initiative.builder(LocalId.of("klimatneutrala-borlange"), "Klimatneutrala Borlänge",
                        borlange)
                        .scope(joined, Geography.municipality(MunicipalityCode.of("2081")))
                        .scope(expansion, dalarna)
                        .twinPairing(TwinPairing.of(borlange, avesta, expansion).withSharedTargets(target))
                        .partnership(Partnership.of(region, RoleAssignment.since(PartnerRole.COORDINATOR, expansion)))
                        .target(ClimateTarget.builder(target, "Climate neutral by 2030",
                                        new TargetKind.ClimateNeutral(Share.ofPercent(15)), 2030)
                                .owners(borlange, avesta).baseline(1990, 700_000).build())
                        .actionPlan(ActionPlan.builder(LocalId.of("joint-plan"), "Joint plan", borlange, avesta)
                                .actions(Action.builder(LocalId.of("heat-pumps"), "Heat pumps",
                                                FieldOfAction.ENERGY_SYSTEMS, borlange, YearRange.of(2025, 2028))
                                                .reduction(5_000, 3).build(),
                                        Action.builder(LocalId.of("bus-lanes"), "Bus lanes",
                                                FieldOfAction.MOBILITY_AND_TRANSPORT, avesta, YearRange.of(2025, 2027))
                                                .reduction(2_000, 2).build()).build())
                        .pilot(Pilot.of(pilot, "Mobility hub", Driver.population(), new EffectEstimate(0.05, 0.1, 0.2),
                                Provenance.illustrative("an example"), borlange, avesta))
                        .scalingPlan(ScalingPlan.of(LocalId.of("hub-to-dalarna"), pilot, ScalingStage.of(
                                LocalId.of("dalarna"), "Dalarna", dalarna, 2027, new AdoptionCurve.Linear(5),
                                Share.of(0.5))))
                        .build())
                .build();

        document.firstProgramme().memberCountOn(expansion);            // 48: the published count, not all members named
        document.initiatives().get(0).scopeOn(expansion);         // the county of Dalarna from the expansion on
        // --- README example: to here
        assertThat(document.firstProgramme().memberCountOn(expansion.minusDays(1))).isEqualTo(1);
        assertThat(document.firstProgramme().memberCountOn(expansion)).isEqualTo(48);
        assertThat(document.initiatives().get(0).scopeOn(expansion)).map(InitiativeScope::geography).contains(dalarna);

        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(document)).isEmpty();

            Initiative i = document.initiatives().get(0);
            ProgrammeDocument broken = ProgrammeDocument.builder(document.firstProgramme())
                    .actors(document.actors().toArray(new org.climatecity.core.actor.Actor[0]))
                    .initiative(Initiative.builder(i.id(), i.name(), i.leadCity()).scope(joined, dalarna)
                            .twinPairing(TwinPairing.of(borlange, ActorId.of("avesta2"), expansion)).build())
                    .build();
            Set<ConstraintViolation<ProgrammeDocument>> violations = validator.validate(broken);
            ConstraintViolation<ProgrammeDocument> v = violations.iterator().next();

            assertThat(violations).hasSize(1);
            assertThat(v.getPropertyPath() + ": " + v.getMessage()).isEqualTo(
                    "initiatives[0].twinPairings[0].twinCity: [known-actors] references unknown actor 'avesta2'");
            assertThat(DocumentRules.check(document)).isEmpty();
            RuleViolation unknown = new RuleViolation("known-actors", "initiatives[0].twinPairings[0].twinCity",
                    "/initiatives/0/twinPairings/0/twinCity", "references unknown actor 'avesta2'");
            assertThat(DocumentRules.check(broken)).containsExactly(unknown);
            assertThat(RuleViolation.from(v)).contains(unknown);
        }
    }

    @Test
    void buildsThePlaceRoleAndTargetOfTheReadmeWithoutCanonicalConstructors() {
        // --- README factories: from here
        ActorId helsinki = ActorId.of("helsinki");
        Municipality city = Municipality.of(helsinki, "Helsinki", CountryCode.of("FI"), Identifier.parse("lau:FI:091"))
                .withNames(List.of(PlaceName.of("Helsingfors", "sv"))).withAreaKm2(214.0);
        RoleAssignment role = RoleAssignment.of(PartnerRole.ACTIVE_PARTY,
                        DateRange.of(LocalDate.of(2021, 10, 1), LocalDate.of(2024, 10, 1)))
                .withResponsibilities(List.of("convene the collaboration forum"));
        ClimateTarget neutral = ClimateTarget.builder(LocalId.of("neutral-2030"), "Carbon neutral by 2030",
                        new TargetKind.ClimateNeutral(Share.ofPercent(20)), 2030)
                .owners(helsinki).baselineYear(1990).build();    // the value comes from the 1990 inventory
        // --- README factories: to here
        assertThat(city).isEqualTo(new Municipality(helsinki, "Helsinki", CountryCode.of("FI"),
                List.of(Identifier.parse("lau:FI:091")), List.of(new PlaceName("Helsingfors", "sv")), null, List.of(),
                null, 214.0));
        assertThat(role).isEqualTo(new RoleAssignment(PartnerRole.ACTIVE_PARTY,
                DateRange.of(LocalDate.of(2021, 10, 1), LocalDate.of(2024, 10, 1)),
                List.of("convene the collaboration forum"), null, List.of()));
        assertThat(role.heldOn(LocalDate.of(2024, 9, 30))).isTrue();
        assertThat(role.heldOn(LocalDate.of(2024, 10, 1))).isFalse();
        assertThat(neutral.baseline()).isEqualTo(Baseline.yearOnly(1990));
        assertThat(neutral.withBaselineValue(1_000).baselineValue()).contains(new Baseline(1990, 1_000.0));
    }

    @Test
    void theExampleInTheReadmeIsTheOneTestedHereAndTakesFewerThanFortyLinesWithoutNull() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        String unindented = example("example");

        assertThat(readme).contains(unindented.strip());
        assertThat(unindented.lines().count()).isLessThan(40);
        assertThat(unindented).doesNotContain("null");
    }

    @Test
    void theFactoriesInTheReadmeAreTheOnesTestedHere() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        String unindented = example("factories");

        assertThat(readme).contains(unindented.strip());
        assertThat(unindented).doesNotContain("null").doesNotContain("new Municipality")
                .doesNotContain("new RoleAssignment").doesNotContain("new ClimateTarget");
    }

    private static String example(String name) throws java.io.IOException {
        String test = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/java/org/climatecity/core/ReadmeExampleTest.java"));
        String from = "// --- README " + name + ": from here";
        String example = test.substring(test.indexOf(from) + from.length() + 1,
                test.indexOf("        // --- README " + name + ": to here"));
        return example.lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
