package org.onestop.lookup.internal.nice;

/**
 * One class of the Nice classification of goods and services.
 *
 * @param number    1 to 45
 * @param type      {@code goods} (1–34) or {@code services} (35–45)
 * @param heading   the class heading in English, as published by WIPO
 * @param headingZh the class heading in Chinese
 * @param items     how many goods or services items the class lists
 */
public record NiceClass(int number, String type, String heading, String headingZh, int items) {
}
