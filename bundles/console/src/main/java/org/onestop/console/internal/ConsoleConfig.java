package org.onestop.console.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The operator console's settings, in {@code config/org.onestop.console.cfg}. */
@ObjectClassDefinition(name = "Operator console",
        description = "What the console accepts when an operator uploads a module, and where it keeps uploads.")
public @interface ConsoleConfig {

    String PID = "org.onestop.console";

    @AttributeDefinition(name = "Trusted signers", required = false,
            description = "SHA-256 fingerprints of the certificates an uploaded jar must be signed with (as keytool"
                    + " -list -v prints them), separated by commas. Empty: unsigned jars are accepted.")
    String[] trusted_signers() default {};

    @AttributeDefinition(name = "Shared folder", required = false,
            description = "For several gateway nodes sharing one database and one deploy folder: an absolute folder"
                    + " every node mounts, where the console keeps uploads waiting for confirmation, the versions a"
                    + " change replaced and its record of uploads, so that any node can confirm or roll back what"
                    + " another took. Empty: console/ in this node's data folder.")
    String shared_folder() default "";
}
