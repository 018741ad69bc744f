/**
 * The actors of a programme: municipalities, regional and national bodies, programme offices, companies, civil society
 * and academia.
 */
@NullMarked
package org.climatecity.core.actor;

import org.jspecify.annotations.NullMarked;
