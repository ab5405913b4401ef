package org.onestop.lookup.internal.patent;

/** How many results share one value of a facet (an IPC section, a year, a patent type). */
public record FacetCount(String value, long count) {
}
