package org.onestop.platform.internal.shell;

/**
 * A running module as the home page and navigation show it, in the page's language.
 *
 * @param id      module id
 * @param title   the module's title
 * @param summary one line on what the module offers
 * @param href    its first page
 * @param icon    URL of its icon
 */
public record Tile(String id, String title, String summary, String href, String icon) {
}
