/** Alerts the rules raise: their shape, their explanation and where they are stored. */
@NullMarked
package com.catalysttracker.alert;

import org.jspecify.annotations.NullMarked;
