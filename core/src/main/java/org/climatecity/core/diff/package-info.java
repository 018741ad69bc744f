/**
 * What changed between two versions of a document: {@link org.climatecity.core.diff.DocumentDiff} compares two
 * documents, two contract rounds of one initiative or any two objects of the model, and
 * {@link org.climatecity.core.diff.VintageComparison} how a newer vintage of a source revised the inventories of an
 * older one.
 *
 * <p>The comparison walks the records of the model by their components, so a new component or a new part of the
 * model is compared without any change here. Each change names its JSON Pointer in both documents: the format's
 * property names are the record components' names.
 *
 * <h2>Matching</h2>
 * Elements of a list are matched, not compared by position:
 * <ol>
 * <li>an element with an {@code id} component (actors, initiatives, targets, action plans, actions, indicators,
 * pilots, scaling plans, funding sources, investment plans, forums) by its id;
 * <li>a record whose first component is a text, such as a programme, by that text;
 * <li>another record by its natural key: its leading components that name or date it — identifiers and
 * references, enums, whole numbers and dates — stopping at the first other component. An inventory is keyed by
 * owner, year and boundary, an inventory entry by sector and scope, a membership by member, a milestone or a
 * contract round by year, a cost by action and year;
 * <li>a value that is not a record (a referenced id, a role, a text) by itself.
 * </ol>
 * When several elements share a key, the n-th of one document is matched with the n-th of the other; an element
 * without any key component is therefore matched by position. A matched element whose place among the other
 * matched elements changed is reported {@linkplain org.climatecity.core.diff.ChangeKind#REORDERED reordered}: only
 * the fewest such elements, so that removing one element or adding one before others reorders nothing, and the
 * changes as reported are enough to rebuild the newer document from the older. An element of one document without
 * a match is
 * removed or added; with {@link org.climatecity.core.diff.DiffOptions#withMoves(boolean) moves} on, a removed and an
 * added element with an id whose content is otherwise the same are reported as one move.
 */
@NullMarked
package org.climatecity.core.diff;

import org.jspecify.annotations.NullMarked;
