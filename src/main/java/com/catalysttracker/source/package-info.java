/**
 * The crawler definition format: one YAML file per source in {@code crawlers/}, read into an
 * immutable {@link com.catalysttracker.source.SourceDefinition} or rejected with file, line, field
 * and problem.
 */
@NullMarked
package com.catalysttracker.source;

import org.jspecify.annotations.NullMarked;
