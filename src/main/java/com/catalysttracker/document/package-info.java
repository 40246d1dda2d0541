/**
 * The document contract (DESIGN.md): one immutable shape shared by extraction, the index and the
 * rules.
 */
@NullMarked
package com.catalysttracker.document;

import org.jspecify.annotations.NullMarked;
