/**
 * Jakarta Validation constraints for the rules that span a whole document, with their validators.
 */
@NullMarked
package org.climatecity.core.validation;

import org.jspecify.annotations.NullMarked;
