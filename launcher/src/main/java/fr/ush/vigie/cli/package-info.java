/** The {@code vigie} command line: parses options into an immutable config, runs named stages, maps exit codes. */
package fr.ush.vigie.cli;
