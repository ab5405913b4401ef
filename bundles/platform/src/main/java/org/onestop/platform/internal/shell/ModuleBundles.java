package org.onestop.platform.internal.shell;

import java.util.Optional;
import java.util.function.Function;

import org.onestop.api.module.ModuleDirectory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The bundle of a running module, by module id: where its templates, texts and static files are. */
record ModuleBundles(BundleContext context, ModuleDirectory modules) implements Function<String, Optional<Bundle>> {

    @Override
    public Optional<Bundle> apply(String id) {
        return modules.find(id).map(m -> context.getBundle(m.bundleId()));
    }
}
