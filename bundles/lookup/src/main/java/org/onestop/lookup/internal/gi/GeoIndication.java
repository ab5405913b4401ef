package org.onestop.lookup.internal.gi;

import java.time.LocalDate;

/**
 * A geographical-indication product the centre tracks.
 *
 * @param id                 the record's number, 0 before it is stored
 * @param name               the product's name, e.g. 扎兰屯黑木耳
 * @param area               the protected area
 * @param category           the kind of product
 * @param holder             who holds or manages the indication; may be null
 * @param registrationNumber registration or certificate number; may be null
 * @param registeredOn       registration date; may be null
 * @param protection         PRODUCT (地理标志保护产品), TRADEMARK (地理标志证明/集体商标) or AGRICULTURAL (农产品地理标志)
 * @param note               sources and remarks; may be null
 */
public record GeoIndication(int id, String name, String area, String category, String holder,
        String registrationNumber, LocalDate registeredOn, String protection, String note) {
}
