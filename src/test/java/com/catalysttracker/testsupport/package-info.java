/**
 * Test support shared by every package: the offline site copies, the test Elasticsearch node, test
 * documents.
 */
@NullMarked
package com.catalysttracker.testsupport;

import org.jspecify.annotations.NullMarked;
