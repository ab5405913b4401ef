package org.onestop.lookup.internal.nice;

/**
 * One item of goods or services in the Nice classification, with the class it belongs to.
 *
 * @param number         the item's basic number, e.g. {@code 090001}
 * @param description    the item in English, as WIPO publishes it
 * @param nameZh         the item in Chinese, as the Chinese 类似商品和服务区分表 names it (several names separated by
 *                       "；"); null for the few items it does not name
 * @param classNumber    its class, 1 to 45
 * @param classHeadingZh the class heading in Chinese
 */
public record NiceItem(String number, String description, String nameZh, int classNumber, String classHeadingZh) {

    /** The item's name in a language ({@code zh-CN} or {@code en}); English where there is no Chinese name. */
    public String name(String language) {
        return "en".equals(language) || nameZh == null ? description : nameZh;
    }

    /** Whether a Chinese reader sees the English name for want of a Chinese one. */
    public boolean englishOnly(String language) {
        return !"en".equals(language) && nameZh == null;
    }
}
