package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import org.junit.jupiter.api.Test;

class FullStorageTest {

    @Test
    void aFileThatCouldNotBeWrittenForWantOfSpaceIsAFullDiskWhereverItIsInTheChain() {
        IOException enospc = new IOException("No space left on device");
        assertTrue(FullStorage.causes(enospc));
        assertTrue(FullStorage.causes(new SQLException("The file could not be stored: " + enospc, enospc)));
        assertTrue(FullStorage.causes(new IllegalStateException(new IOException("Disk quota exceeded"))));
        assertTrue(FullStorage.causes(new IOException("File too large")), "a file-size limit (ulimit -f)");
    }

    @Test
    void derbysStatesForAPageOrLogItCouldNotWriteAreAFullDisk() {
        assertTrue(FullStorage.causes(new SQLException("Page Page(2,Container(0, 1952)) could not be written",
                "XSDG1")));
        SQLException chained = new SQLException("Java exception", "XJ001");
        chained.setNextException(new SQLException("Cannot write to the log", "XSLA4"));
        assertTrue(FullStorage.causes(chained));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(FullStorage.causes(new SQLTransactionRollbackException("A lock could not be obtained", "40XL1")));
        assertFalse(FullStorage.causes(new IOException("Connection reset by peer")));
        assertFalse(FullStorage.causes(new IllegalStateException("no cause")));
    }
}
