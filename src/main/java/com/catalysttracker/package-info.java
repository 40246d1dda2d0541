/** Catalyst Tracker: crawls policy and tender sites, indexes them and raises catalyst alerts. */
@NullMarked
package com.catalysttracker;

import org.jspecify.annotations.NullMarked;
