-- Every time the gateway stores is UTC. The times of pre-examination (when a registration or a request was submitted,
-- when an entity's standing changed, when it last filed) were written in the gateway's own time zone until now: they
-- move to UTC here, by the zone's offset (the centre's zone, Asia/Shanghai, has no daylight saving time; in a zone
-- that has, the times of the other season end up an hour off). The calendar days (SUBMITTED_ON, DECIDED_ON,
-- QUALIFIED_ON, FILING_DEADLINE, FILED_ON) are days of the centre and stay as they are.
UPDATE REGISTRATION SET
    SUBMITTED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, SUBMITTED_AT)};

UPDATE ENTITY SET
    UPDATED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, UPDATED_AT)},
    LAST_REQUEST_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, LAST_REQUEST_AT)};

UPDATE REQUEST SET
    SUBMITTED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, SUBMITTED_AT)};
