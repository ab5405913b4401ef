package org.onestop.migration;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** An empty embedded Derby database in a test's temporary folder. */
final class TemporaryDerby {

    private TemporaryDerby() {
    }

    static DataSource in(Path folder) {
        System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.resolve("db").toString());
        derby.setCreateDatabase("create");
        return derby;
    }
}
