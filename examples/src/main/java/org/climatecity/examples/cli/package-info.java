/**
 * The command line of the self-contained {@code climate-city.jar}: its entry point {@link Main}, the top command
 * {@code climate-city} and its subcommands, built with picocli on the examples' jobs in
 * {@code org.climatecity.examples}, which know nothing of the command line.
 */
package org.climatecity.examples.cli;
