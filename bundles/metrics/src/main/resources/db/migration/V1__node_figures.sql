-- The key figures of every gateway node, one row a figure a minute, kept for the last hour and a half: any node's
-- health page shows the whole hall (requests of all nodes together, the slowest node's times) and each node.

CREATE TABLE NODE_FIGURE (
    NODE_NAME VARCHAR(64) NOT NULL,
    SAMPLED_AT TIMESTAMP NOT NULL,
    FIGURE VARCHAR(32) NOT NULL,
    FIGURE_VALUE DOUBLE PRECISION,
    CONSTRAINT NODE_FIGURE_PK PRIMARY KEY (NODE_NAME, SAMPLED_AT, FIGURE)
);

CREATE INDEX NODE_FIGURE_SAMPLED ON NODE_FIGURE (SAMPLED_AT);
