/**
 * Readers of the tabular data the examples and the command line take as input, such as long-format municipal
 * emissions.
 */
package org.climatecity.examples.data;
