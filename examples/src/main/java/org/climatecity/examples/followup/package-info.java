/**
 * The yearly follow-up of an initiative: its indicators against their targets, each target's progress and path, its
 * actions by status with what changed in the year, and its investment plans' funding gaps, as a model, tables,
 * charts and the console, Markdown and self-contained HTML forms of the report package.
 */
package org.climatecity.examples.followup;
