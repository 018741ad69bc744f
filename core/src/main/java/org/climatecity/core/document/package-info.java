/**
 * The whole {@link org.climatecity.core.document.ProgrammeDocument} and the rules that span several of its objects.
 *
 * <p>Each value of the model checks its own rules when it is created. The document rules need several objects at
 * once: {@link org.climatecity.core.document.DocumentRules#check DocumentRules.check(document)} checks them all as
 * plain Java and reports every violation as a {@link org.climatecity.core.document.RuleViolation}, with the rule's
 * code, the property path of the offending value (such as {@code initiatives[0].twinPairings[0].twinCity}), the same
 * path as a JSON Pointer, and a literal message that states the rule and the value.
 *
 * <p>Jakarta Validation checks the same rules through the document's one class-level constraint,
 * {@link org.climatecity.core.document.SatisfiesDocumentRules}: any provider reports each violation of a rule with
 * its property path and the message {@code [code] message}, user input escaped so that the message interpolator never
 * evaluates it; {@link org.climatecity.core.document.RuleViolation#from RuleViolation.from(violation)} reads the code
 * and message back.
 *
 * <p>The rules, in the order they are checked, with their codes:
 * <table class="striped">
 * <caption>Document rules and their codes</caption>
 * <thead><tr><th>code</th><th>rule</th></tr></thead>
 * <tbody>
 * <tr><td>{@code unique-ids}</td>
 *     <td>actor ids, and local ids per kind, are unique; one partnership per partner and initiative</td></tr>
 * <tr><td>{@code known-actors}</td>
 *     <td>every referenced actor id names an actor of the document</td></tr>
 * <tr><td>{@code referenced-actor-kinds}</td>
 *     <td>members and lead cities are municipalities, or also regions (territories and regional authorities) where
 *     a programme's member level is regional; twin and host cities are municipalities; agencies are national
 *     agencies; the office is a programme office; the place a regional body serves is a place</td></tr>
 * <tr><td>{@code known-local-ids}</td>
 *     <td>shared targets, forum outputs, scaled pilots, committed targets, the actions and targets indicators track,
 *     funding sources and the actions of investment plans, the actions effects are additional to, the indicators
 *     of co-benefits and the actions and indicators of impact pathways name entities of their initiative; a
 *     scenario's actions name actions of the document</td></tr>
 * <tr><td>{@code distinct-twin-cities}</td>
 *     <td>a city is never its own twin</td></tr>
 * <tr><td>{@code non-overlapping-roles}</td>
 *     <td>periods of one role of one partner do not overlap</td></tr>
 * <tr><td>{@code non-overlapping-memberships}</td>
 *     <td>membership periods of one member or agency do not overlap</td></tr>
 * <tr><td>{@code ordered-scopes}</td>
 *     <td>an initiative's scopes start in strictly increasing date order</td></tr>
 * <tr><td>{@code ordered-scaling-stages}</td>
 *     <td>scaling stages start in non-decreasing year order</td></tr>
 * <tr><td>{@code nested-scaling-stages}</td>
 *     <td>each scaling stage covers the areas of the previous one, by their codes or by the document's places
 *     ({@link org.climatecity.core.document.DocumentGeography})</td></tr>
 * <tr><td>{@code ordered-target-years}</td>
 *     <td>baseline year, then strictly increasing milestone years, then the target year</td></tr>
 * <tr><td>{@code known-region-codes}</td>
 *     <td>region codes exist in the registry of their country, where it has one (Sweden's municipalities and
 *     counties); codes of other countries are checked for shape only</td></tr>
 * <tr><td>{@code unique-inventories}</td>
 *     <td>no emissions inventory twice: one per owner, year, boundary and source</td></tr>
 * <tr><td>{@code consistent-places}</td>
 *     <td>places are part of places of their country, without cycles; an identifier names one place</td></tr>
 * <tr><td>{@code funding-counted-once}</td>
 *     <td>no funding counted twice: one allocation per source, action and year; allocations within the source's
 *     amount; programme support recorded as a funding source states no amount of its own, one entry per
 *     source</td></tr>
 * <tr><td>{@code twin-shared-targets}</td>
 *     <td>each target a twin pairing shares is owned by both its cities</td></tr>
 * <tr><td>{@code finite-totals}</td>
 *     <td>the emissions of the inventories add up to a finite number, so that no total, sum, trend or share
 *     computed from them overflows</td></tr>
 * <tr><td>{@code scenario-base-inventories}</td>
 *     <td>each scenario starts from an inventory of the document: its owner's of its base year and boundary</td></tr>
 * <tr><td>{@code action-sectors}</td>
 *     <td>the sectors an action's effect acts on are sectors of the inventories of its plan's owners</td></tr>
 * <tr><td>{@code stated-overlaps}</td>
 *     <td>an effect additional to another action shares a sector with that action's effect; two actions of a
 *     scenario that cut a shared sector in tonnes state one as additional to the other</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Each rule is one package-private class, whose javadoc states what it checks, its code, and an example of a
 * path and a message. The codes, paths and messages are part of the document format.
 */
@NullMarked
package org.climatecity.core.document;

import org.jspecify.annotations.NullMarked;
