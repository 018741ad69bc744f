/**
 * The main example's report: a model of what is reported, its tables, its charts (JFreeChart rendered to SVG with
 * JFreeSVG), and its console, Markdown and self-contained HTML forms.
 */
package org.climatecity.examples.report;
