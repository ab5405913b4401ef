package org.onestop.preexam.internal.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a qualification notice (预审合格通知书) says: who qualified which request, under which pre-examination
 * number, and by when the application must be filed with the patent office. Its organisation is the one the request
 * was filed for, named as it was then.
 *
 * @param centreName       the protection centre that pre-examined the request, named on the notice's banner and
 *                         at its foot
 * @param preexamNumber    the pre-examination number (预审编号) the request was given when it qualified
 * @param trackingNumber   the request's case number, e.g. {@code YS…}
 * @param title            the title of the invention (发明创造名称); for a design, the product's name
 *                         (使用外观设计的产品名称)
 * @param patentType       the patent type as the notice names it, e.g. 发明, 实用新型, 外观设计
 * @param design           whether it is a design, classified by Locarno
 * @param applicants       the applicants, in the order of the request
 * @param organisationName the organisation the notice is addressed to (the registered entity that made the
 *                         request)
 * @param creditCode       that organisation's unified social credit code, or empty when not known
 * @param classification   the main IPC classification, e.g. {@code C12N 15/10}; for a design its Locarno class
 *                         and subclass, e.g. {@code 09-03}
 * @param qualifiedOn      the day the request qualified; the notice's date
 * @param filingDeadline   the last day to file the application with the patent office
 */
public record NoticeContent(String centreName, String preexamNumber, String trackingNumber, String title,
        String patentType, boolean design, List<String> applicants, String organisationName, String creditCode,
        String classification, LocalDate qualifiedOn, LocalDate filingDeadline) {

    public NoticeContent {
        Objects.requireNonNull(centreName, "centreName");
        Objects.requireNonNull(preexamNumber, "preexamNumber");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(patentType, "patentType");
        applicants = List.copyOf(Objects.requireNonNull(applicants, "applicants"));
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(qualifiedOn, "qualifiedOn");
        Objects.requireNonNull(filingDeadline, "filingDeadline");
    }
}
