package org.onestop.lookup.internal.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real USPTO grant samples read as a person reading the documents would transcribe them. */
class UsptoXmlReaderTest {

    @TempDir
    Path folder;

    private static PatentRecord only(String sample) throws Exception {
        Collected sink = new Collected();
        try (InputStream in = UsptoXmlReaderTest.class.getResourceAsStream("/uspto/" + sample)) {
            UsptoXmlReader.read(sample, in, sink);
        }
        assertEquals(List.of(), sink.problems, sample);
        assertEquals(1, sink.records.size(), sample);
        return sink.records.get(0);
    }

    @Test
    void grantV40WithOldIpcAndApplicantInventor() throws Exception {
        PatentRecord r = only("US06859910.xml");

        assertEquals("US09832323", r.applicationNumber());
        assertEquals("US06859910B2", r.publicationNumber());
        assertEquals("Methods and systems for transactional tunneling", r.title());
        assertEquals(LocalDate.of(2001, 4, 10), r.applicationDate());
        assertEquals(LocalDate.of(2005, 2, 22), r.publicationDate());
        assertEquals(List.of("John Charles Croy"), r.applicants());
        assertEquals(List.of("John Charles Croy"), r.inventors());
        assertEquals(List.of("Bluestreak.com"), r.assignees());
        assertEquals(List.of("G06F 15/00", "G06F 17/00", "G06F 17/21", "G06F 17/24"), r.ipc());
        assertEquals(PatentType.INVENTION, r.type());
        assertEquals(2, r.claims());
        assertTrue(r.abstractText().startsWith("Methods and systems for executing an electronic transaction"));
        assertFalse(r.applicants().contains("Anthony Knight"), "examiners are no parties");
    }

    @Test
    void grantV40WithOneIpcCode() throws Exception {
        PatentRecord r = only("US06970935.xml");

        assertEquals("US09703574", r.applicationNumber());
        assertEquals("US06970935B1", r.publicationNumber());
        assertEquals("Conversational networking via transport, coding and control conversational protocols",
                r.title());
        assertEquals(LocalDate.of(2000, 11, 1), r.applicationDate());
        assertEquals(LocalDate.of(2005, 11, 29), r.publicationDate());
        assertEquals(List.of("Stephane H. Maes"), r.applicants());
        assertEquals(List.of("Stephane H. Maes"), r.inventors());
        assertEquals(List.of("International Business Machines Corporation"), r.assignees());
        assertEquals(List.of("G06F 15/16"), r.ipc());
        assertEquals(30, r.claims());
    }

    @Test
    void grantV42WithIpcrAndFourInventors() throws Exception {
        PatentRecord r = only("US07272630B2.xml");

        assertEquals("US10991571", r.applicationNumber());
        assertEquals("US07272630B2", r.publicationNumber());
        assertEquals("Locating potentially identical objects across multiple computers based on stochastic"
                + " partitioning of workload", r.title());
        assertEquals(LocalDate.of(2004, 11, 18), r.applicationDate());
        assertEquals(LocalDate.of(2007, 9, 18), r.publicationDate());
        List<String> people = List.of("John R. Douceur", "Marvin M. Theimer", "Atul Adya", "William J. Bolosky");
        assertEquals(people, r.applicants());
        assertEquals(people, r.inventors());
        assertEquals(List.of("Microsoft Corporation"), r.assignees());
        assertEquals(List.of("G06F 15/13"), r.ipc());
        assertEquals(17, r.claims());
    }

    @Test
    void grantV45WithUsPartiesAndManyIpcCodes() throws Exception {
        PatentRecord r = only("US08926509.xml");

        assertEquals("US12134151", r.applicationNumber());
        assertEquals("US08926509B2", r.publicationNumber());
        assertEquals("Wireless physiological sensor patches and systems", r.title());
        assertEquals(LocalDate.of(2008, 6, 5), r.applicationDate());
        assertEquals(LocalDate.of(2015, 1, 6), r.publicationDate());
        List<String> people = List.of("Surendar Magar", "Venkateswara Rao Sattiraju", "Ali Niknejad", "Louis Yun",
                "James C. Beck");
        assertEquals(people, r.applicants());
        assertEquals(people, r.inventors());
        assertEquals(List.of("Hmicro, Inc."), r.assignees());
        assertEquals(List.of("A61B 5/00", "A61B 5/0205", "A61B 5/0404", "A61B 5/11", "H04L 29/08", "G06F 19/00",
                "H04W 88/00", "H04W 52/00", "H04W 84/00", "A61B 5/021", "A61B 5/024", "A61B 5/0476",
                "A61B 5/0488", "A61B 5/145"), r.ipc());
        assertEquals(31, r.claims());
    }

    @Test
    void grantV45WithCompanyApplicant() throws Exception {
        PatentRecord r = only("US08930553.xml");

        assertEquals("US13648029", r.applicationNumber());
        assertEquals("US08930553B2", r.publicationNumber());
        assertEquals("Managing mid-dialog session initiation protocol (SIP) messages", r.title());
        assertEquals(LocalDate.of(2012, 10, 9), r.applicationDate());
        assertEquals(LocalDate.of(2015, 1, 6), r.publicationDate());
        assertEquals(List.of("International Business Machines Corporation"), r.applicants());
        assertEquals(List.of("Nitzan Nissim", "Brian Pulito", "Asaf Zinger"), r.inventors());
        assertEquals(List.of("G06F 15/16"), r.ipc());
        assertEquals(8, r.claims());
        assertFalse(r.inventors().contains("Moustafa M Meky"), "examiners are no inventors");
    }

    @Test
    void aBulkFileOfSeveralDocumentsGivesEachRecord() throws Exception {
        byte[] one = resource("US06859910.xml");
        byte[] two = resource("US08930553.xml");
        byte[] both = new byte[one.length + two.length];
        System.arraycopy(one, 0, both, 0, one.length);
        System.arraycopy(two, 0, both, one.length, two.length);
        Collected sink = new Collected();

        UsptoXmlReader.read("ipg150106.xml", new ByteArrayInputStream(both), sink);

        assertEquals(List.of("US09832323", "US13648029"), sink.records.stream()
                .map(PatentRecord::applicationNumber).toList());
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = UsptoXmlReaderTest.class.getResourceAsStream("/uspto/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String withDoctype(String doctype) throws Exception {
        String sample = new String(resource("US08930553.xml"), StandardCharsets.UTF_8);
        return sample.replaceFirst("<!DOCTYPE[^\\n]*\\n", doctype + "\n")
                .replace("<invention-title id=\"d2e53\">Managing", "<invention-title id=\"d2e53\">&xxe; Managing");
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsFetched() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            AtomicInteger connections = new AtomicInteger();
            String[] attacks = {
                "<!DOCTYPE us-patent-grant [ <!ENTITY xxe SYSTEM \"http://127.0.0.1:" + server.getLocalPort()
                        + "/steal\"> ]>",
                "<!DOCTYPE us-patent-grant [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>",
                "<!DOCTYPE us-patent-grant SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/x.dtd\" [ <!ENTITY"
                        + " % p SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/p\"> %p; ]>",
            };
            for (String attack : attacks) {
                Collected sink = new Collected();

                UsptoXmlReader.read("evil.xml", new ByteArrayInputStream(withDoctype(attack)
                        .getBytes(StandardCharsets.UTF_8)), sink);

                assertEquals(List.of(), sink.records, attack);
                assertEquals(1, sink.problems.size(), attack);
                assertEquals("lookup.import.error.entity", sink.problems.get(0).key(), attack);
                assertEquals("evil.xml", sink.problems.get(0).file());
                try {
                    server.accept().close();
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // nobody came: as it should be
                }
            }
            assertEquals(0, connections.get(), "the reader connected to the attacker's server");
        }
    }

    @Test
    void theNamedDtdIsNeverRead() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String xml = new String(resource("US08930553.xml"), StandardCharsets.UTF_8).replaceFirst(
                    "<!DOCTYPE[^\\n]*\\n", "<!DOCTYPE us-patent-grant SYSTEM \"http://127.0.0.1:"
                            + server.getLocalPort() + "/us-patent-grant-v45.dtd\" [ ]>\n");
            Collected sink = new Collected();

            UsptoXmlReader.read("named-dtd.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                    sink);

            assertEquals(1, sink.records.size());
            boolean fetched;
            try {
                server.accept().close();
                fetched = true;
            } catch (SocketTimeoutException e) {
                fetched = false;
            }
            assertFalse(fetched, "the DTD was fetched");
        }
    }

    @Test
    void brokenXmlIsReportedWithItsFileAndReason() throws Exception {
        Collected sink = new Collected();

        UsptoXmlReader.read("broken.xml", new ByteArrayInputStream(
                "<?xml version=\"1.0\"?>\n<us-patent-grant><us-bibliographic-data-grant>\n"
                        .getBytes(StandardCharsets.UTF_8)), sink);

        assertEquals(List.of(), sink.records);
        assertEquals("lookup.import.error.xmlAt", sink.problems.get(0).key(),
                "the reason is where the document breaks, not the parser's English message");
        assertEquals("broken.xml", sink.problems.get(0).file());
        assertEquals("3", sink.problems.get(0).arguments().get(0), "the line where the document ends unclosed");
    }

    @Test
    void otherXmlIsRefused() throws Exception {
        Collected sink = new Collected();

        UsptoXmlReader.read("pom.xml", new ByteArrayInputStream("<?xml version=\"1.0\"?>\n<project/>\n"
                .getBytes(StandardCharsets.UTF_8)), sink);

        assertEquals("lookup.import.error.notUspto", sink.problems.get(0).key());
        assertNull(sink.records.isEmpty() ? null : sink.records.get(0));
    }
}
