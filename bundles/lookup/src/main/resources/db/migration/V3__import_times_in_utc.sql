-- Every time the gateway stores is UTC. The times of the patent imports were written in the gateway's own time zone
-- until now: they move to UTC here, by the zone's offset (the centre's zone, Asia/Shanghai, has no daylight saving
-- time; in a zone that has, the times of the other season end up an hour off). IMPORTED_ON is a calendar day of the
-- centre and stays as it is.
UPDATE PATENT_IMPORT SET
    SUBMITTED = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, SUBMITTED)},
    FINISHED = {fn TIMESTAMPADD(SQL_TSI_SECOND, ${seconds.from.local.to.utc}, FINISHED)};
