/**
 * The gdlab command line: picocli commands that parse and validate arguments, call the library
 * and print; no math lives here.
 *
 * <p>Entry points: {@link org.gdlab.cli.Gdlab} (the {@code gdlab} command and its subcommands) and
 * {@link org.gdlab.cli.ExitCode}.
 */
package org.gdlab.cli;
