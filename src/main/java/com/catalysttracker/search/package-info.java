/** Answers analysts' searches over the documents index: Chinese phrases and words, ranked. */
@NullMarked
package com.catalysttracker.search;

import org.jspecify.annotations.NullMarked;
