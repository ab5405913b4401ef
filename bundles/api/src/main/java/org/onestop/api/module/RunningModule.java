package org.onestop.api.module;

/**
 * A module registered now, as the portal lists it: its descriptor and the bundle that provides it.
 *
 * @param descriptor    what the module declared
 * @param bundleId      id of the providing bundle
 * @param symbolicName  symbolic name of the providing bundle
 * @param version       version of the providing bundle
 */
public record RunningModule(ModuleDescriptor descriptor, long bundleId, String symbolicName, String version) {
}
