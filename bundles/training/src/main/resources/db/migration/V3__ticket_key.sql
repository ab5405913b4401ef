-- The key that signs admission tickets (TicketCodes): 256 random bits, Base64, made by the gateway the first time
-- it signs or reads a ticket and kept here, so that every node on this database signs alike. One row (ID 1); it is
-- never in the code or the configuration. CREATED_AT is UTC.
CREATE TABLE TICKET_KEY (
    ID INTEGER NOT NULL,
    SECRET VARCHAR(64) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    CONSTRAINT TICKET_KEY_PK PRIMARY KEY (ID)
);
