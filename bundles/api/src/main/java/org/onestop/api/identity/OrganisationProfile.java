package org.onestop.api.identity;

/**
 * An organisation an innovator acts for, as registered with its account.
 *
 * @param id            its number ({@link Caller#organisationId()})
 * @param name          its registered name
 * @param creditCode    its unified social credit code (统一社会信用代码, checked at registration)
 * @param address       its address, or null
 * @param contactPerson the person to contact, or null
 * @param contactPhone  their telephone number, or null
 */
public record OrganisationProfile(long id, String name, String creditCode, String address, String contactPerson,
        String contactPhone) {
}
