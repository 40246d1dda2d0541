/** Compiles the analysts' rule files in {@code rules/} and runs each document through them. */
@NullMarked
package com.catalysttracker.rules;

import org.jspecify.annotations.NullMarked;
