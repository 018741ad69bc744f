/**
 * Action plans and actions, after the EU Climate City Contract's action plan outline.
 */
@NullMarked
package org.climatecity.core.action;

import org.jspecify.annotations.NullMarked;
