/**
 * The command line of the self-contained {@code climate-city.jar}: the top command {@code climate-city} and its
 * subcommands, built with picocli.
 */
package org.climatecity.examples.cli;
