/**
 * Adds what a page does not say outright, from editable reference data: region codes, issuer level,
 * listed parents of winners.
 */
@NullMarked
package com.catalysttracker.enrich;

import org.jspecify.annotations.NullMarked;
