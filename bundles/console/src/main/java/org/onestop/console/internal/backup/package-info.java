/**
 * The operator console's backups: a backup of the running gateway into a new folder ({@link
 * org.onestop.console.internal.backup.BackupCopy}: the database by Derby's online backup, the stored files around
 * it, the configuration and the modules) with its manifest ({@link
 * org.onestop.console.internal.backup.BackupManifest}), one at a time and audited ({@link
 * org.onestop.console.internal.backup.Backups}), asked for by the local command through a token in the data folder
 * ({@link org.onestop.console.internal.backup.BackupAccess}) or by operators at {@code /ops/backups} and
 * {@code /api/ops/backups}.
 */
package org.onestop.console.internal.backup;
