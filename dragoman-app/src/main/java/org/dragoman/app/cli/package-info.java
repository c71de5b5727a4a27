/** The dragoman command line: one command with a subcommand per job. */
package org.dragoman.app.cli;
