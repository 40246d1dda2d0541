/** Chinese word segmentation with a user dictionary, shared by indexing and querying. */
@NullMarked
package com.catalysttracker.text;

import org.jspecify.annotations.NullMarked;
