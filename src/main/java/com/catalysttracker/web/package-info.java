/** The analyst workspace over HTTP: the REST API under /api, the exports and the web pages. */
@NullMarked
package com.catalysttracker.web;

import org.jspecify.annotations.NullMarked;
