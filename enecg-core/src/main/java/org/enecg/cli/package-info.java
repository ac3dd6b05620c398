/** The {@code enecg} command line: one thin class per subcommand. May import anything. */
package org.enecg.cli;
