package org.onestop.cnipa.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Staff's upload of a template file for an item of a business's materials checklist: the file must be one of the
 * {@link TemplateKind kinds} (by its content; 415 otherwise) and at most {@link #LARGEST} bytes (413); it is stored
 * with the entry's next version, whose item (in both languages) then links the file's address, and audited like any
 * edit of the catalogue ({@code cnipa.catalogue.changed}), all in one transaction. A new upload for the same item is
 * a new file and a new version: the old one stays downloadable from the versions that link it.
 */
@Component(service = TemplateDesk.class)
public final class TemplateDesk {

    /** The largest template accepted, in bytes (10 MB). */
    static final long LARGEST = 10L * 1024 * 1024;

    private final Catalogue catalogue;
    private final TemplateFiles files;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public TemplateDesk(@Reference Catalogue catalogue, @Reference TemplateFiles files, @Reference AuditTrail audit) {
        this(catalogue, files, audit, Clock.systemUTC());
    }

    TemplateDesk(Catalogue catalogue, TemplateFiles files, AuditTrail audit, Clock clock) {
        this.catalogue = catalogue;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores {@code upload} as the template of item {@code item} (from 1) of {@code code}'s entry; returns it. */
    public TemplateFile upload(String code, int item, UploadedFile upload, Caller staff)
            throws SQLException, IOException {
        if (upload == null || upload.size() == 0) {
            throw Refusal.invalid("cnipa.template.error.form", Map.of("file", "cnipa.template.error.none"));
        }
        if (upload.size() > LARGEST) {
            throw new Refusal(413, "cnipa.template.error.form", Map.of("file", "cnipa.template.error.tooLarge"));
        }
        byte[] content = Files.readAllBytes(upload.content());
        TemplateKind kind = TemplateKind.of(content).orElseThrow(() -> new Refusal(415,
                "cnipa.template.error.form", Map.of("file", "cnipa.template.error.kind")));
        String editor = CatalogueDesk.editor(staff);
        return catalogue.businesses().work().call(tx -> {
            CataloguePages.business(catalogue, tx, code);
            CatalogueEntry before = catalogue.current(tx, code).orElseThrow(CataloguePages::none);
            if (item < 1 || item > before.materials(Language.ZH_CN).size()) {
                throw Refusal.invalid("cnipa.template.error.form", Map.of("item", "cnipa.template.error.item"));
            }
            TemplateFile stored = files.insert(tx, new TemplateFile(0, code, TemplateFile.cleaned(upload.fileName(),
                    kind), kind, content.length, editor, clock.instant()), content);
            Map<String, String> fields = new LinkedHashMap<>(before.fields());
            for (String field : new String[] {"materialsZh", "materialsEn"}) {
                fields.put(field, Material.withTemplate(fields.get(field), item, stored.address()));
            }
            CatalogueEntry next = new CatalogueEntry(code, before.version() + 1, fields, before.toConfirm(), editor,
                    stored.uploadedAt());
            catalogue.insert(tx, next);
            audit.record(tx, AuditEntry.by(staff, CatalogueDesk.CHANGED, "catalogue:" + code, "version "
                    + next.version() + ": " + String.join(", ", next.changedFrom(before)) + "; template of item "
                    + item + ": " + stored.name() + " (" + stored.kind().extension() + ", " + stored.size()
                    + " bytes)"));
            return stored;
        });
    }
}
