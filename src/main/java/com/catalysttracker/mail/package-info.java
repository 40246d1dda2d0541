/**
 * Alert email: subscriptions, Chinese HTML and text bodies, a durable outbox and SMTP delivery with
 * retries.
 */
@NullMarked
package com.catalysttracker.mail;

import org.jspecify.annotations.NullMarked;
