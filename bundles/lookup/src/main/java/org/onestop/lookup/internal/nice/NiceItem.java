package org.onestop.lookup.internal.nice;

/**
 * One item of goods or services in the Nice classification, with the class it belongs to.
 *
 * @param number         the item's basic number, e.g. {@code 090001}
 * @param description    the item in English
 * @param classNumber    its class, 1 to 45
 * @param classHeadingZh the class heading in Chinese
 */
public record NiceItem(String number, String description, int classNumber, String classHeadingZh) {
}
