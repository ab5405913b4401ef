package org.onestop.info.internal;

import java.util.List;

/**
 * One service as the service guide describes it, in one language.
 *
 * @param slug      its name in URLs
 * @param position  place in the guide
 * @param module    id of the module that offers the service online, may be null
 * @param name      the service's name
 * @param summary   one sentence on what it is
 * @param audience  who may use it
 * @param documents the documents needed
 * @param timeLimit the time limits that apply
 * @param process   the steps
 * @param fee       what it costs
 * @param lang      the language of the texts
 */
public record GuideEntry(String slug, int position, String module, String name, String summary,
        List<String> audience, List<String> documents, String timeLimit, List<String> process, String fee,
        String lang) {
}
