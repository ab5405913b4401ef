-- Every time the platform stores is UTC. The identity tables were written in the gateway's own time zone until
-- now: their times move to UTC here, by the zone's offset (the centre's zone, Asia/Shanghai, has no daylight
-- saving time; in a zone that has, the times of the other season end up an hour off).
UPDATE ORGANISATION SET
    CREATED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, CREATED_AT)},
    UPDATED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, UPDATED_AT)};

UPDATE ACCOUNT SET
    CREATED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, CREATED_AT)},
    PASSWORD_CHANGED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, PASSWORD_CHANGED_AT)};

UPDATE WEB_SESSION SET
    CREATED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, CREATED_AT)},
    LAST_SEEN = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, LAST_SEEN)},
    EXPIRES_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, EXPIRES_AT)};

UPDATE ACCOUNT_LINK SET
    CREATED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, CREATED_AT)},
    EXPIRES_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, EXPIRES_AT)},
    USED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, USED_AT)};

UPDATE LOGIN_THROTTLE SET
    LAST_FAILURE = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, LAST_FAILURE)},
    NEXT_ALLOWED = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, NEXT_ALLOWED)};

UPDATE ACCOUNT_CONSENT SET
    CONSENTED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, CONSENTED_AT)};
