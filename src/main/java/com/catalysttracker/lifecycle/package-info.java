/**
 * Keeps one document per announcement and links a project's announcements into a timeline: the same
 * notice found on two sites (or at two URLs of one site) becomes one document whose {@code seen_at}
 * lists both; a tender, its candidates, award and contract share a project code.
 */
@NullMarked
package com.catalysttracker.lifecycle;

import org.jspecify.annotations.NullMarked;
