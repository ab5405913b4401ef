package org.onestop.cnipa.internal;

import javax.sql.DataSource;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.onestop.api.schema.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tile of the patent office's business, shown while its tables are there. */
@Component
public final class CnipaModule implements ServiceModule {

    static final String ID = "cnipa";

    @Activate
    public CnipaModule(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=CNIPA)") DataSource database) {
        // present only while the module's tables are
    }

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ID, "icon.svg", 53);
    }
}
