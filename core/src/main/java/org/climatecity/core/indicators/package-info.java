/**
 * Indicators and their observations: key figures a city follows year by year, such as the share of new cars that
 * are electric chargeable, each with its unit, the direction in which it improves, an optional baseline and target,
 * what it tracks (an action, a climate target, or the city as a whole) and the values observed over time with
 * their sources.
 */
@NullMarked
package org.climatecity.core.indicators;

import org.jspecify.annotations.NullMarked;
