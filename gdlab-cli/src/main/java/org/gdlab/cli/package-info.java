/**
 * The gdlab command line: picocli commands that parse and validate arguments, call the library
 * and print; no math lives here.
 */
package org.gdlab.cli;
