/**
 * Self-validating identifiers: actor and local ids, Swedish municipality, county and organisation numbers, ISO country,
 * NUTS and LAU codes.
 */
@NullMarked
package org.climatecity.core.id;

import org.jspecify.annotations.NullMarked;
