/**
 * Operations alerts (theme {@code ops}): a source whose crawl health turned bad, or recovered,
 * alerts once and is mailed.
 */
@NullMarked
package com.catalysttracker.ops;

import org.jspecify.annotations.NullMarked;
