/**
 * Owns the Elasticsearch indices: applies {@code index-config/} at start-up behind aliases and
 * stores documents (with their segmented word fields) and alerts.
 */
@NullMarked
package com.catalysttracker.index;

import org.jspecify.annotations.NullMarked;
