/**
 * The operator console's configuration part: the configurable components and their settings as their metatype
 * declares them ({@link org.onestop.console.internal.config.SettingsCatalogue}), an edit checked against it
 * ({@link org.onestop.console.internal.config.SettingRules}), written into the component's {@code .cfg} file with
 * its comments kept ({@link org.onestop.console.internal.config.CfgText},
 * {@link org.onestop.console.internal.config.ConfigFolder}) and audited
 * ({@link org.onestop.console.internal.config.ConfigEdits}), and its pages and JSON at {@code /ops/config} and
 * {@code /api/ops/config}.
 */
package org.onestop.console.internal.config;
