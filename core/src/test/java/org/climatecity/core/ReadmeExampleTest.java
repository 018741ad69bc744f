package org.climatecity.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.InitiativeScope;
import org.climatecity.core.programme.Membership;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.programme.PublishedMemberCount;
import org.climatecity.core.programme.TwinPairing;
import org.junit.jupiter.api.Test;

/** Keeps the code example of README.md true: the same statements, with its comments as assertions. */
class ReadmeExampleTest {

    @Test
    void buildsQueriesAndValidatesTheReadmeDocument() {
        ActorId borlange = ActorId.of("borlange");
        ActorId avesta = ActorId.of("avesta");
        LocalDate expansion = LocalDate.of(2024, 12, 1);
        ProgrammeDocument document = new ProgrammeDocument(
                List.of(Municipality.of(borlange, "Borlänge", MunicipalityCode.of("2081")),
                        Municipality.of(avesta, "Avesta", MunicipalityCode.of("2084"))),
                new Programme("Viable Cities", null, 2030,
                        List.of(Membership.since(borlange, LocalDate.of(2021, 1, 1))),
                        List.of(new PublishedMemberCount(expansion, 48, null)), List.of(), List.of()),
                List.of(new Initiative(LocalId.of("klimatneutrala-borlange"), "Klimatneutrala Borlänge", borlange,
                        List.of(new InitiativeScope(LocalDate.of(2021, 1, 1),
                                        Geography.municipality(MunicipalityCode.of("2081"))),
                                new InitiativeScope(expansion, Geography.county(CountyCode.of("20")))),
                        List.of(new TwinPairing(borlange, avesta, expansion, List.of(), null)),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())),
                List.of());

        assertThat(document.programme().memberCountOn(expansion.minusDays(1))).isEqualTo(1);
        assertThat(document.programme().memberCountOn(expansion)).isEqualTo(48);
        assertThat(document.initiatives().get(0).scopeOn(expansion))
                .map(InitiativeScope::geography).contains(Geography.county(CountyCode.of("20")));

        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(document)).isEmpty();

            Initiative i = document.initiatives().get(0);
            ProgrammeDocument broken = new ProgrammeDocument(document.actors(), document.programme(), List.of(
                    new Initiative(i.id(), i.name(), i.leadCity(), i.scopes(),
                            List.of(new TwinPairing(borlange, ActorId.of("avesta2"), expansion, List.of(), null)),
                            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())),
                    List.of());
            Set<ConstraintViolation<ProgrammeDocument>> violations = validator.validate(broken);
            ConstraintViolation<ProgrammeDocument> v = violations.iterator().next();

            assertThat(violations).hasSize(1);
            assertThat(v.getPropertyPath() + ": " + v.getMessage())
                    .isEqualTo("initiatives[0].twinPairings[0].twinCity: references unknown actor 'avesta2'");
        }
    }
}
