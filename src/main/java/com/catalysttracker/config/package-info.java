/** Settings that belong to no single feature: where the application keeps its data. */
@NullMarked
package com.catalysttracker.config;

import org.jspecify.annotations.NullMarked;
