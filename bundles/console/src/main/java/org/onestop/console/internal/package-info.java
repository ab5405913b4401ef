/**
 * The operator console's bundles part: what runs in the gateway and where it came from ({@link BundleBoard}),
 * starting and stopping ({@link BundleActs}), jars checked before they are installed ({@link JarCheck}), stored in
 * {@code deploy/} with the previous version kept ({@link DeployFolder}, {@link ModuleUploads}), the wait for a
 * change to show ({@link BundleSettling}), and its pages and JSON at {@code /ops/bundles} and
 * {@code /api/ops/bundles}.
 */
package org.onestop.console.internal;
