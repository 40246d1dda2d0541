/**
 * Connects the application to Elasticsearch: runs the embedded distribution as a child process or
 * reaches an external cluster, and builds the one client bean everything else uses.
 */
@NullMarked
package com.catalysttracker.elasticsearch;

import org.jspecify.annotations.NullMarked;
