-- The gateway node that runs an import (several nodes may share the database): a node's start marks as failed only
-- the imports that it ran and a stop interrupted, never another node's running one. Empty for imports before this.
ALTER TABLE PATENT_IMPORT ADD COLUMN NODE VARCHAR(36);
