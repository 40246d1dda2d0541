/** The command line: parses arguments and runs each command in a Spring context of its own. */
@NullMarked
package com.catalysttracker.cli;

import org.jspecify.annotations.NullMarked;
