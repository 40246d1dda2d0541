/** Fetches the sites politely and incrementally, driven by the definitions in crawlers/. */
@NullMarked
package com.catalysttracker.crawl;

import org.jspecify.annotations.NullMarked;
