/** Test support shared by every package: an in-process server that plays the offline site copies. */
@NullMarked
package com.catalysttracker.testsupport;

import org.jspecify.annotations.NullMarked;
