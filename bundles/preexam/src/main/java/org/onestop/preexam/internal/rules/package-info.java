/**
 * The pre-examination's pure rules: IPC symbols and scopes, Locarno classes of designs and their scope, Chinese
 * application numbers with their check digit, and request quotas. No OSGi, no I/O.
 */
package org.onestop.preexam.internal.rules;
