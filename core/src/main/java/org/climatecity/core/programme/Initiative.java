package org.climatecity.core.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.ImpactPathway;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.internal.Require;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.targets.ClimateTarget;

/**
 * A city's climate-neutrality initiative within a programme, such as Klimatneutrala Borlänge: its lead city, its scope
 * over time, twin cities, partners, forums, commitments, targets, action plans, pilots, scaling plans, the
 * indicators it follows, and its funding sources and investment plans.
 *
 * <p>Immutable and thread-safe. That referenced actors exist, that scopes are in date order, and the other rules that
 * span several entities, are checked when the whole {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param id the initiative's id, not null
 * @param name the name, not blank
 * @param leadCity the place that leads it: a municipality or, where a programme of the document has the regional
 *     member level, a region (a territory or a regional authority); not null
 * @param scopes the scopes over time, in order of their dates, at least one
 * @param twinPairings the twin-city pairings, not null
 * @param partnerships the partnerships, not null
 * @param forums the collaboration forums, not null
 * @param commitments the stakeholders' commitments, not null
 * @param targets the climate targets, not null
 * @param actionPlans the action plans, not null
 * @param pilots the pilots, not null
 * @param scalingPlans the scaling plans, not null
 * @param indicators the indicators followed: of actions, of targets and city-wide key figures, not null
 * @param fundingSources the sources of money for the actions, each recorded once, not null
 * @param investmentPlans the investment plans: costs per action and year and the funding allocated to them, not null
 * @param contractRounds the yearly rounds of the programme's contract as they concern this initiative, in strictly
 *     ascending years, not null
 * @param pathways the impact pathways of its actions: outputs, outcomes and impacts, each with its indicator, not
 *     null
 * @since 0.1.0
 */
public record Initiative(LocalId id, String name, ActorId leadCity, List<InitiativeScope> scopes,
        List<TwinPairing> twinPairings, List<Partnership> partnerships, List<CollaborationForum> forums,
        List<Commitment> commitments, List<ClimateTarget> targets, List<ActionPlan> actionPlans, List<Pilot> pilots,
        List<ScalingPlan> scalingPlans, List<Indicator> indicators, List<FundingSource> fundingSources,
        List<InvestmentPlan> investmentPlans, List<ContractRound> contractRounds, List<ImpactPathway> pathways) {

    /**
     * Creates an initiative.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param leadCity the lead city, not null
     * @param scopes the scopes, at least one
     * @param twinPairings the twin pairings, not null
     * @param partnerships the partnerships, not null
     * @param forums the forums, not null
     * @param commitments the commitments, not null
     * @param targets the targets, not null
     * @param actionPlans the action plans, not null
     * @param pilots the pilots, not null
     * @param scalingPlans the scaling plans, not null
     * @param indicators the indicators, not null
     * @param fundingSources the funding sources, not null
     * @param investmentPlans the investment plans, not null
     * @param contractRounds the contract rounds, not null
     * @param pathways the impact pathways, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or empty
     */
    public Initiative {
        Require.nonNull(id, "initiative id");
        name = Require.text(name, "initiative name");
        Require.nonNull(leadCity, "lead city");
        scopes = Require.list(scopes, "scopes");
        Require.that(!scopes.isEmpty(), "scopes must list at least one scope, was empty");
        twinPairings = Require.list(twinPairings, "twin pairings");
        partnerships = Require.list(partnerships, "partnerships");
        forums = Require.list(forums, "forums");
        commitments = Require.list(commitments, "commitments");
        targets = Require.list(targets, "targets");
        actionPlans = Require.list(actionPlans, "action plans");
        pilots = Require.list(pilots, "pilots");
        scalingPlans = Require.list(scalingPlans, "scaling plans");
        indicators = Require.list(indicators, "indicators");
        fundingSources = Require.list(fundingSources, "funding sources");
        investmentPlans = Require.list(investmentPlans, "investment plans");
        contractRounds = Require.list(contractRounds, "contract rounds");
        for (int r = 1; r < contractRounds.size(); r++) {
            int previous = contractRounds.get(r - 1).year();
            if (contractRounds.get(r).year() <= previous) {
                throw new ClimateCityException("contract rounds of initiative '" + id
                        + "' must be in strictly ascending years, was " + contractRounds.get(r).year() + " after "
                        + previous);
            }
        }
        pathways = Require.list(pathways, "pathways");
    }

    /**
     * Creates an initiative without impact pathways: the canonical form before they were added.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param leadCity the lead city, not null
     * @param scopes the scopes, at least one
     * @param twinPairings the twin pairings, not null
     * @param partnerships the partnerships, not null
     * @param forums the forums, not null
     * @param commitments the commitments, not null
     * @param targets the targets, not null
     * @param actionPlans the action plans, not null
     * @param pilots the pilots, not null
     * @param scalingPlans the scaling plans, not null
     * @param indicators the indicators, not null
     * @param fundingSources the funding sources, not null
     * @param investmentPlans the investment plans, not null
     * @param contractRounds the contract rounds, not null
     * @throws org.climatecity.core.ClimateCityException as the canonical constructor
     */
    public Initiative(LocalId id, String name, ActorId leadCity, List<InitiativeScope> scopes,
            List<TwinPairing> twinPairings, List<Partnership> partnerships, List<CollaborationForum> forums,
            List<Commitment> commitments, List<ClimateTarget> targets, List<ActionPlan> actionPlans,
            List<Pilot> pilots, List<ScalingPlan> scalingPlans, List<Indicator> indicators,
            List<FundingSource> fundingSources, List<InvestmentPlan> investmentPlans,
            List<ContractRound> contractRounds) {
        this(id, name, leadCity, scopes, twinPairings, partnerships, forums, commitments, targets, actionPlans,
                pilots, scalingPlans, indicators, fundingSources, investmentPlans, contractRounds, List.of());
    }

    /**
     * Returns the contract round of a year.
     *
     * @param year the year
     * @return the round, or empty
     */
    public Optional<ContractRound> contractRound(int year) {
        return contractRounds.stream().filter(r -> r.year() == year).findFirst();
    }

    /**
     * Returns a funding source by id.
     *
     * @param sourceId the id, not null
     * @return the source, or empty
     */
    public Optional<FundingSource> fundingSource(LocalId sourceId) {
        return fundingSources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /**
     * Returns the scope that holds on a date: the latest scope that starts on or before it.
     *
     * @param date the date, not null
     * @return the scope, or empty before the first scope starts
     */
    public Optional<InitiativeScope> scopeOn(LocalDate date) {
        InitiativeScope current = null;
        for (InitiativeScope scope : scopes) {
            if (!scope.from().isAfter(date) && (current == null || !scope.from().isBefore(current.from()))) {
                current = scope;
            }
        }
        return Optional.ofNullable(current);
    }

    /**
     * Returns the twin pairings that hold on a date.
     *
     * @param date the date, not null
     * @return the pairings, in document order
     */
    public List<TwinPairing> twinPairingsOn(LocalDate date) {
        return twinPairings.stream().filter(p -> p.activeOn(date)).toList();
    }

    /**
     * Returns the partnership of a partner.
     *
     * @param partner the partner, not null
     * @return the partnership, or empty when the actor is not a partner
     */
    public Optional<Partnership> partnership(ActorId partner) {
        return partnerships.stream().filter(p -> p.partner().equals(partner)).findFirst();
    }

    /**
     * Returns a target by id.
     *
     * @param targetId the id, not null
     * @return the target, or empty
     */
    public Optional<ClimateTarget> target(LocalId targetId) {
        return targets.stream().filter(t -> t.id().equals(targetId)).findFirst();
    }

    /**
     * Returns a pilot by id.
     *
     * @param pilotId the id, not null
     * @return the pilot, or empty
     */
    public Optional<Pilot> pilot(LocalId pilotId) {
        return pilots.stream().filter(p -> p.id().equals(pilotId)).findFirst();
    }

    /**
     * Returns an indicator by id.
     *
     * @param indicatorId the id, not null
     * @return the indicator, or empty
     */
    public Optional<Indicator> indicator(LocalId indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    /**
     * Returns the indicators that follow an action.
     *
     * @param actionId the action's id, not null
     * @return the indicators tracking it, in document order
     */
    public List<Indicator> indicatorsOf(LocalId actionId) {
        return indicators.stream().filter(i -> actionId.equals(i.trackedAction())).toList();
    }

    /**
     * Returns a forum by id.
     *
     * @param forumId the id, not null
     * @return the forum, or empty
     */
    public Optional<CollaborationForum> forum(LocalId forumId) {
        return forums.stream().filter(f -> f.id().equals(forumId)).findFirst();
    }

    /**
     * Returns a copy with other targets.
     *
     * @param values the targets, not null
     * @return the copy
     * @throws org.climatecity.core.ClimateCityException if the list is null or holds null
     */
    public Initiative withTargets(List<ClimateTarget> values) {
        return new Initiative(id, name, leadCity, scopes, twinPairings, partnerships, forums, commitments, values,
                actionPlans, pilots, scalingPlans, indicators, fundingSources,
                investmentPlans, contractRounds, pathways);
    }

    /**
     * Returns a copy with other action plans.
     *
     * @param plans the action plans, not null
     * @return the copy
     * @throws org.climatecity.core.ClimateCityException if the list is null or holds null
     */
    public Initiative withActionPlans(List<ActionPlan> plans) {
        return new Initiative(id, name, leadCity, scopes, twinPairings, partnerships, forums, commitments, targets,
                plans, pilots, scalingPlans, indicators, fundingSources,
                investmentPlans, contractRounds, pathways);
    }

    /**
     * Returns a copy with other scaling plans.
     *
     * @param plans the scaling plans, not null
     * @return the copy
     * @throws org.climatecity.core.ClimateCityException if the list is null or holds null
     */
    public Initiative withScalingPlans(List<ScalingPlan> plans) {
        return new Initiative(id, name, leadCity, scopes, twinPairings, partnerships, forums, commitments, targets,
                actionPlans, pilots, plans, indicators, fundingSources,
                investmentPlans, contractRounds, pathways);
    }

    /**
     * Returns a copy with other indicators.
     *
     * @param values the indicators, not null
     * @return the copy
     * @throws org.climatecity.core.ClimateCityException if the list is null or holds null
     */
    public Initiative withIndicators(List<Indicator> values) {
        return new Initiative(id, name, leadCity, scopes, twinPairings, partnerships, forums, commitments, targets,
                actionPlans, pilots, scalingPlans, values, fundingSources,
                investmentPlans, contractRounds, pathways);
    }

    /**
     * Returns a copy with other impact pathways.
     *
     * @param values the pathways, not null
     * @return the copy
     * @throws org.climatecity.core.ClimateCityException if the list is null or holds null
     */
    public Initiative withPathways(List<ImpactPathway> values) {
        return new Initiative(id, name, leadCity, scopes, twinPairings, partnerships, forums, commitments, targets,
                actionPlans, pilots, scalingPlans, indicators, fundingSources, investmentPlans, contractRounds,
                values);
    }

    /**
     * Returns a builder of an initiative, to which scopes, twin pairings, partnerships, forums, commitments,
     * targets, action plans, pilots, scaling plans, indicators, funding
     * sources, investment plans and impact pathways are added one by one; what is not added is empty.
     *
     * @param id the initiative's id, not null
     * @param name the name, not blank
     * @param leadCity the lead city, not null
     * @return a new builder
     */
    public static Builder builder(LocalId id, String name, ActorId leadCity) {
        return new Builder(id, name, leadCity);
    }

    /**
     * Builds an {@link Initiative}. Not thread-safe; the initiative it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final LocalId id;
        private final String name;
        private final ActorId leadCity;
        private final List<InitiativeScope> scopes = new ArrayList<>();
        private final List<TwinPairing> twinPairings = new ArrayList<>();
        private final List<Partnership> partnerships = new ArrayList<>();
        private final List<CollaborationForum> forums = new ArrayList<>();
        private final List<Commitment> commitments = new ArrayList<>();
        private final List<ClimateTarget> targets = new ArrayList<>();
        private final List<ActionPlan> actionPlans = new ArrayList<>();
        private final List<Pilot> pilots = new ArrayList<>();
        private final List<ScalingPlan> scalingPlans = new ArrayList<>();
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<FundingSource> fundingSources = new ArrayList<>();
        private final List<InvestmentPlan> investmentPlans = new ArrayList<>();
        private final List<ContractRound> contractRounds = new ArrayList<>();
        private final List<ImpactPathway> pathways = new ArrayList<>();

        private Builder(LocalId id, String name, ActorId leadCity) {
            this.id = id;
            this.name = name;
            this.leadCity = leadCity;
        }

        /**
         * Adds a scope: from a date on, the initiative covers an area.
         *
         * @param from the first day, not null
         * @param geography the area, not null
         * @return this builder
         */
        public Builder scope(LocalDate from, Geography geography) {
            scopes.add(new InitiativeScope(from, geography, null));
            return this;
        }

        /**
         * Adds a scope with its provenance.
         *
         * @param scope the scope, not null
         * @return this builder
         */
        public Builder scope(InitiativeScope scope) {
            scopes.add(Objects.requireNonNull(scope, "scope"));
            return this;
        }

        /**
         * Adds a twin pairing.
         *
         * @param pairing the pairing, not null
         * @return this builder
         */
        public Builder twinPairing(TwinPairing pairing) {
            twinPairings.add(pairing);
            return this;
        }

        /**
         * Adds a partnership.
         *
         * @param partnership the partnership, not null
         * @return this builder
         */
        public Builder partnership(Partnership partnership) {
            partnerships.add(partnership);
            return this;
        }

        /**
         * Adds a collaboration forum.
         *
         * @param forum the forum, not null
         * @return this builder
         */
        public Builder forum(CollaborationForum forum) {
            forums.add(forum);
            return this;
        }

        /**
         * Adds a stakeholder's commitment.
         *
         * @param commitment the commitment, not null
         * @return this builder
         */
        public Builder commitment(Commitment commitment) {
            commitments.add(commitment);
            return this;
        }

        /**
         * Adds a climate target.
         *
         * @param target the target, not null
         * @return this builder
         */
        public Builder target(ClimateTarget target) {
            targets.add(target);
            return this;
        }

        /**
         * Adds an action plan.
         *
         * @param plan the plan, not null
         * @return this builder
         */
        public Builder actionPlan(ActionPlan plan) {
            actionPlans.add(plan);
            return this;
        }

        /**
         * Adds a pilot.
         *
         * @param pilot the pilot, not null
         * @return this builder
         */
        public Builder pilot(Pilot pilot) {
            pilots.add(pilot);
            return this;
        }

        /**
         * Adds a scaling plan.
         *
         * @param plan the plan, not null
         * @return this builder
         */
        public Builder scalingPlan(ScalingPlan plan) {
            scalingPlans.add(plan);
            return this;
        }

        /**
         * Adds an indicator.
         *
         * @param indicator the indicator, not null
         * @return this builder
         */
        public Builder indicator(Indicator indicator) {
            indicators.add(indicator);
            return this;
        }

        /**
         * Adds a funding source.
         *
         * @param source the source, not null
         * @return this builder
         */
        public Builder fundingSource(FundingSource source) {
            fundingSources.add(source);
            return this;
        }

        /**
         * Adds an investment plan.
         *
         * @param plan the plan, not null
         * @return this builder
         */
        public Builder investmentPlan(InvestmentPlan plan) {
            investmentPlans.add(plan);
            return this;
        }

        /**
         * Adds a round of the programme's contract.
         *
         * @param round the round, not null
         * @return this builder
         */
        public Builder contractRound(ContractRound round) {
            contractRounds.add(round);
            return this;
        }

        /**
         * Adds an impact pathway.
         *
         * @param pathway the pathway, not null
         * @return this builder
         */
        public Builder pathway(ImpactPathway pathway) {
            pathways.add(pathway);
            return this;
        }

        /**
         * Builds the initiative.
         *
         * @return the initiative
         * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid, such as no scope
         */
        public Initiative build() {
            return new Initiative(id, name, leadCity, scopes, twinPairings, partnerships, forums, commitments,
                    targets, actionPlans, pilots, scalingPlans, indicators, fundingSources,
                investmentPlans, contractRounds, pathways);
        }
    }
}
