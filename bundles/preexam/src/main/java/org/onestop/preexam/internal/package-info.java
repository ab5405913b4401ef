/**
 * Patent pre-examination (专利预审): organisations register with the centre (备案), approved entities file
 * pre-examination requests with their documents, examiners check the scope, examine, ask for corrections (补正)
 * and qualify or reject; a qualified request gets its pre-examination number and qualification notice and is
 * filed with the patent office within its filing deadline. Cases, deadlines, files, audit and notifications come
 * from the platform; the module keeps its own tables in the schema {@code PREEXAM}. Pages under {@code /preexam},
 * JSON under {@code /api/preexam}.
 */
@Schema("PREEXAM")
package org.onestop.preexam.internal;

import org.onestop.api.schema.Schema;
