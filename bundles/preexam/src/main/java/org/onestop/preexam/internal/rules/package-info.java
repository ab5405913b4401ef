/**
 * The pre-examination's pure rules: IPC symbols and scopes, Locarno classes of designs and their scope, and
 * request quotas (Chinese application numbers are the api's, {@code org.onestop.api.rights}). No OSGi, no I/O.
 */
package org.onestop.preexam.internal.rules;
