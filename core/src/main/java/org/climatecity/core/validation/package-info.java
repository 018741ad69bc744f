/**
 * Jakarta Validation constraints for the rules that span a whole {@link org.climatecity.core.ProgrammeDocument},
 * with their validators.
 *
 * <p>Each value of the model checks its own rules when it is created. The rules here need several objects at once,
 * so they are class-level constraints on the document: validating it with any Jakarta Validation provider reports
 * every violation at once, each with the property path of the offending value (such as
 * {@code initiatives[0].twinPairings[0].twinCity}) and a literal message that states the rule and the value.
 * User input in a message is escaped, so the message interpolator never evaluates it.
 *
 * <p>One constraint annotation per rule, so each violation has a stable code: the annotation's simple name in
 * kebab case.
 * <table class="striped">
 * <caption>Document rules and their codes</caption>
 * <thead><tr><th>code</th><th>annotation</th><th>rule</th></tr></thead>
 * <tbody>
 * <tr><td>{@code unique-ids}</td><td>{@link org.climatecity.core.validation.UniqueIds}</td>
 *     <td>actor ids, and local ids per kind, are unique; one partnership per partner and initiative</td></tr>
 * <tr><td>{@code known-actors}</td><td>{@link org.climatecity.core.validation.KnownActors}</td>
 *     <td>every referenced actor id names an actor of the document</td></tr>
 * <tr><td>{@code referenced-actor-kinds}</td><td>{@link org.climatecity.core.validation.ReferencedActorKinds}</td>
 *     <td>members, lead, twin and host cities are municipalities; agencies are national agencies; the office is a
 *     programme office</td></tr>
 * <tr><td>{@code known-local-ids}</td><td>{@link org.climatecity.core.validation.KnownLocalIds}</td>
 *     <td>shared targets, forum outputs, scaled pilots, the actions and targets indicators track, funding sources
 *     and the actions of investment plans name entities of their initiative</td></tr>
 * <tr><td>{@code distinct-twin-cities}</td><td>{@link org.climatecity.core.validation.DistinctTwinCities}</td>
 *     <td>a city is never its own twin</td></tr>
 * <tr><td>{@code non-overlapping-roles}</td><td>{@link org.climatecity.core.validation.NonOverlappingRoles}</td>
 *     <td>periods of one role of one partner do not overlap</td></tr>
 * <tr><td>{@code non-overlapping-memberships}</td>
 *     <td>{@link org.climatecity.core.validation.NonOverlappingMemberships}</td>
 *     <td>membership periods of one member or agency do not overlap</td></tr>
 * <tr><td>{@code ordered-scopes}</td><td>{@link org.climatecity.core.validation.OrderedScopes}</td>
 *     <td>an initiative's scopes start in strictly increasing date order</td></tr>
 * <tr><td>{@code ordered-scaling-stages}</td><td>{@link org.climatecity.core.validation.OrderedScalingStages}</td>
 *     <td>scaling stages start in non-decreasing year order</td></tr>
 * <tr><td>{@code nested-scaling-stages}</td><td>{@link org.climatecity.core.validation.NestedScalingStages}</td>
 *     <td>each scaling stage covers the areas of the previous one</td></tr>
 * <tr><td>{@code ordered-target-years}</td><td>{@link org.climatecity.core.validation.OrderedTargetYears}</td>
 *     <td>baseline year, then strictly increasing milestone years, then the target year</td></tr>
 * <tr><td>{@code known-region-codes}</td><td>{@link org.climatecity.core.validation.KnownRegionCodes}</td>
 *     <td>municipality and county codes exist in the registry of Swedish regions</td></tr>
 * <tr><td>{@code consistent-places}</td><td>{@link org.climatecity.core.validation.ConsistentPlaces}</td>
 *     <td>places are part of places of their country, without cycles; an identifier names one place</td></tr>
 * <tr><td>{@code unique-inventories}</td><td>{@link org.climatecity.core.validation.UniqueInventories}</td>
 *     <td>no emissions inventory twice: one per owner, year, boundary and source</td></tr>
 * <tr><td>{@code funding-counted-once}</td><td>{@link org.climatecity.core.validation.FundingCountedOnce}</td>
 *     <td>no funding counted twice: one allocation per source, action and year; allocations within the source's
 *     amount; programme support recorded as a funding source states no amount of its own, one entry per
 *     source</td></tr>
 * </tbody>
 * </table>
 *
 * <p>{@link org.climatecity.core.validation.DocumentRules} checks every rule as plain Java, without a provider, and
 * reports the same violations ({@link org.climatecity.core.validation.RuleViolation}): the validators call the same
 * code.
 *
 * <p>The validators are public only so that providers can create them; they are not meant to be called directly.
 * Each builds the indexes it needs once per validation and makes one pass over the document; none cascades into the
 * document's lists.
 */
@NullMarked
package org.climatecity.core.validation;

import org.jspecify.annotations.NullMarked;
