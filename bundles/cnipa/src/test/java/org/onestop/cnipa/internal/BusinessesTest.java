package org.onestop.cnipa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusinessesTest {

    @TempDir
    Path folder;

    @Test
    void aNewGatewayKnowsThePatentOfficesBusinessWithItsChannelAndHallService() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            List<Business> all = desk.businesses.work().call(desk.businesses::all);
            assertEquals(10, all.size());
            assertEquals("patent-application", all.get(0).code());
            Business reduction = desk.businesses.work().call(tx -> desk.businesses.find(tx, "fee-reduction"))
                    .orElseThrow();
            assertEquals("online", reduction.channel(), "fee-reduction filing is done by the applicant online");
            assertEquals(null, reduction.hallService());
            assertEquals("pledge", desk.businesses.work().call(tx -> desk.businesses.find(tx, "patent-pledge"))
                    .orElseThrow().hallService());
        }
    }
}
