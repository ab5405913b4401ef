package org.onestop.preexam.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The centre's pre-examination settings: its technical fields and service region, the patent types it accepts,
 * the time limits and the per-entity quota.
 */
@ObjectClassDefinition(name = "OneStop pre-examination", description = "Fields, region, time limits, quota")
public @interface PreexamConfig {

    String PID = "org.onestop.preexam";

    @AttributeDefinition(description = "The centre's name as it signs qualification notices")
    String centre_name() default "知识产权保护中心";

    @AttributeDefinition(description = "The centre's technical fields as IPC subclasses (e.g. C12N) or groups"
            + " (e.g. C12N 15), comma separated; a request's main IPC must fall inside one of them")
    String fields() default "C12N,C12Q,A01H,C08L,C22C";

    @AttributeDefinition(description = "The designs the centre pre-examines, as Locarno classes (e.g. 13) or"
            + " subclasses (e.g. 09-03), comma separated; a design request's Locarno classification must fall inside"
            + " one of them. The default: sheet material (05-06, for the polymers), electrical equipment (13, for"
            + " rare-earth motors and generators), machines (15), medical and laboratory equipment (24) and"
            + " lighting (26)")
    String design_locarno() default "05-06,13,15,24,26";

    @AttributeDefinition(description = "The service region: administrative division codes (GB/T 2260) with their"
            + " names, comma separated: code=中文名/English name")
    String regions() default "150100=呼和浩特市/Hohhot,150200=包头市/Baotou,150300=乌海市/Wuhai,150400=赤峰市/Chifeng,"
            + "150500=通辽市/Tongliao,150600=鄂尔多斯市/Ordos,150700=呼伦贝尔市/Hulunbuir,150800=巴彦淖尔市/Bayannur,"
            + "150900=乌兰察布市/Ulanqab,152200=兴安盟/Hinggan League,152500=锡林郭勒盟/Xilingol League,"
            + "152900=阿拉善盟/Alxa League";

    @AttributeDefinition(description = "The patent types accepted, comma separated: invention, utility-model, design")
    String patent_types() default "invention,utility-model,design";

    @AttributeDefinition(description = "Working days staff have to decide an entity registration")
    int registration_days() default 5;

    @AttributeDefinition(description = "Working days of the examination, from submission to decision (paused"
            + " while a correction is awaited)")
    int examination_days() default 5;

    @AttributeDefinition(description = "Working days the applicant has to answer a correction request")
    int correction_days() default 5;

    @AttributeDefinition(description = "Days (calendar days) after qualification within which the application must"
            + " be filed with the patent office")
    int filing_days() default 10;

    @AttributeDefinition(description = "Requests one entity may file per quota period")
    int quota_requests() default 10;

    @AttributeDefinition(description = "The quota period: month, quarter or year")
    String quota_period() default "month";

    @AttributeDefinition(description = "Prefix of pre-examination numbers, followed by the year and a serial")
    String number_prefix() default "YS";
}
