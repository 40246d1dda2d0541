/**
 * Turns a fetched page (HTML, JSON or PDF) into the fields of a document: type, dates, money,
 * parties, numbers.
 */
@NullMarked
package com.catalysttracker.extract;

import org.jspecify.annotations.NullMarked;
