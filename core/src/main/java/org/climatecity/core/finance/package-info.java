/**
 * Money for the action plans: the funding sources an initiative counts on, each recorded once (programme support
 * and a partner's funder role point to them rather than repeating the amount), and investment plans that give each
 * action's capital and operating costs per year and allocate the funding sources to them.
 */
@NullMarked
package org.climatecity.core.finance;

import org.jspecify.annotations.NullMarked;
