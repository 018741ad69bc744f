/**
 * The comparison of an owner's emissions scenarios with each other and with its targets' paths, as tables, fan
 * charts and the console, Markdown and self-contained HTML forms of the report package.
 */
package org.climatecity.examples.scenarios;
