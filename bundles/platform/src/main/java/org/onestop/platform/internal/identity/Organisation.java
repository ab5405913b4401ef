package org.onestop.platform.internal.identity;

/** An organisation an innovator acts for, with its unified social credit code. */
public record Organisation(Long id, String name, String creditCode, String address, String contactPerson,
        String contactPhone) {
}
