package org.onestop.cnipa.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.i18n.Language;
import org.onestop.api.module.Refusal;

class TemplateTest {

    @TempDir
    Path folder;

    @Test
    void theKindIsDecidedByTheContentNotTheName() throws Exception {
        assertEquals(Optional.of(TemplateKind.PDF), TemplateKind.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(TemplateKind.DOC), TemplateKind.of(compound("WordDocument")));
        assertEquals(Optional.of(TemplateKind.XLS), TemplateKind.of(compound("Workbook")));
        assertEquals(Optional.empty(), TemplateKind.of(compound("PowerPoint Document")));
        assertEquals(Optional.of(TemplateKind.DOCX), TemplateKind.of(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.of(TemplateKind.XLSX), TemplateKind.of(zip("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals(Optional.of(TemplateKind.ODT), TemplateKind.of(openDocument(TemplateKind.ODT.mediaType())));
        assertEquals(Optional.of(TemplateKind.ODS), TemplateKind.of(openDocument(TemplateKind.ODS.mediaType())));
        assertEquals(Optional.empty(), TemplateKind.of(openDocument("application/epub+zip")));
        assertEquals(Optional.empty(), TemplateKind.of(zip("readme.txt")), "a plain zip");
        assertEquals(Optional.empty(), TemplateKind.of("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), TemplateKind.of(new byte[0]));
    }

    @Test
    void anUploadIsTheEntrysNextVersionLinkingTheFileInBothLanguagesAndAReplacementKeepsTheOld() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            TemplateDesk templates = desk.templateDesk();
            byte[] pdf = "%PDF-1.4\n% 质押合同模板\n".getBytes(StandardCharsets.UTF_8);
            TemplateFile first = templates.upload("patent-pledge", 2, upload("C:\\合同\\质押合同模板.pdf", pdf),
                    CnipaDesk.CLERK);
            assertEquals("质押合同模板.pdf", first.name());
            assertEquals(TemplateKind.PDF, first.kind());
            CatalogueEntry second = current(desk);
            assertEquals(2, second.version());
            assertEquals("王窗口", second.editedBy());
            assertEquals(first.address(), second.materials(Language.ZH_CN).get(1).template());
            assertEquals(first.address(), second.materials(Language.EN).get(1).template());
            assertEquals(List.of("cnipa.catalogue.changed"), desk.column("SELECT ACTION FROM PLATFORM.AUDIT_ENTRY"
                    + " WHERE ACTION LIKE 'cnipa.%'"));
            String detail = desk.column("SELECT DETAIL FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'cnipa.%'").get(0);
            assertTrue(detail.contains("template of item 2: 质押合同模板.pdf"), detail);
            assertEquals("第 2 版，修改了：材料清单（中文）、材料清单（英文）；第 2 项材料的模板“质押合同模板.pdf”（PDF，"
                    + pdf.length + " 字节）", new CnipaEntryWords(desk.catalogue(), desk.feeSchedule(),
                            org.onestop.testing.ModuleTexts.strict()).detail("cnipa.catalogue.changed",
                                    "catalogue:patent-pledge", detail, Language.ZH_CN).orElseThrow(),
                    "the operators' audit page");

            TemplateFile replaced = templates.upload("patent-pledge", 2, upload("new.docx",
                    zip("[Content_Types].xml", "word/document.xml")), CnipaDesk.CLERK);
            assertEquals(3, current(desk).version());
            assertEquals(replaced.address(), current(desk).materials(Language.ZH_CN).get(1).template());
            List<CatalogueEntry> versions = desk.businesses.work().call(tx -> desk.catalogue().versions(tx,
                    "patent-pledge"));
            assertEquals(first.address(), versions.get(1).materials(Language.ZH_CN).get(1).template(),
                    "the old template stays in the history");
            var old = desk.businesses.work().call(tx -> new TemplateFiles().content(tx, first.id())).orElseThrow();
            assertArrayEquals(pdf, old.getValue());
            assertEquals(Map.of(first.address(), first.name()), desk.businesses.work().call(tx -> new TemplateFiles()
                    .find(tx, List.of(first.id()))).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                            Map.Entry::getKey, e -> e.getValue().name())));
        }
    }

    @Test
    void aWrongUploadIsRefusedAndStoresNothing() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            TemplateDesk templates = desk.templateDesk();
            Refusal kind = assertThrows(Refusal.class, () -> templates.upload("patent-pledge", 1,
                    upload("form.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)), CnipaDesk.CLERK));
            assertEquals(415, kind.status());
            assertEquals(Map.of("file", "cnipa.template.error.kind"), kind.fields());
            Refusal empty = assertThrows(Refusal.class, () -> templates.upload("patent-pledge", 1,
                    upload("form.pdf", new byte[0]), CnipaDesk.CLERK));
            assertEquals(422, empty.status());
            Refusal item = assertThrows(Refusal.class, () -> templates.upload("patent-pledge", 99,
                    upload("form.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)), CnipaDesk.CLERK));
            assertEquals(Map.of("item", "cnipa.template.error.item"), item.fields());
            UploadedFile large = new UploadedFile("file", "big.pdf", "application/pdf", TemplateDesk.LARGEST + 1,
                    folder.resolve("none"));
            assertEquals(413, assertThrows(Refusal.class, () -> templates.upload("patent-pledge", 1, large,
                    CnipaDesk.CLERK)).status());
            assertEquals(1, current(desk).version());
            assertEquals(List.of("0"), desk.column("SELECT COUNT(*) FROM CNIPA.TEMPLATE_FILE"));
            assertEquals(List.of(), desk.column("SELECT ACTION FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'cnipa.%'"));
        }
    }

    @Test
    void theDownloadNamesTheFileSafely() {
        assertEquals("attachment; filename=\"template.pdf\"; filename*=UTF-8''%E8%B4%A8%E6%8A%BC%E5%90%88%E5%90%8C"
                + "%E6%A8%A1%E6%9D%BF.pdf", TemplatePages.disposition("质押合同模板.pdf"));
        assertEquals("attachment; filename=\"form_2026.docx\"; filename*=UTF-8''form%E8%A1%A82026.docx",
                TemplatePages.disposition("form表2026.docx"));
        assertEquals("attachment; filename=\"a_b_.pdf\"; filename*=UTF-8''a%22b%25.pdf",
                TemplatePages.disposition("a\"b%.pdf"));
        assertEquals("template.docx", TemplateFile.cleaned("../..//", TemplateKind.DOCX));
        assertEquals("申请表.xls.pdf", TemplateFile.cleaned("申请表.xls", TemplateKind.PDF));
        assertEquals(-1, TemplateFile.idOf("https://example.org/cnipa/catalogue/x/templates/1"));
        assertEquals(7, TemplateFile.idOf("/cnipa/catalogue/patent-pledge/templates/7"));
        TemplateFile file = new TemplateFile(7, "patent-pledge", "a.pdf", TemplateKind.PDF, 1, "x", null);
        assertEquals("1\u00a0KB", file.sizeText());
        assertEquals("2.0\u00a0MB", new TemplateFile(7, "x", "a.pdf", TemplateKind.PDF, 2L << 20, "x", null).sizeText());
    }

    private CatalogueEntry current(CnipaDesk desk) throws Exception {
        return desk.businesses.work().call(tx -> desk.catalogue().current(tx, "patent-pledge")).orElseThrow();
    }

    private UploadedFile upload(String name, byte[] content) throws Exception {
        Path file = Files.createTempFile(folder, "upload", ".bin");
        Files.write(file, content);
        return new UploadedFile("file", name, "application/octet-stream", content.length, file);
    }

    /** The leading bytes of a compound file whose directory names the stream {@code stream}. */
    private static byte[] compound(String stream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1});
        out.writeBytes(new byte[504]);
        out.writeBytes("Root Entry\0".getBytes(StandardCharsets.UTF_16LE));
        out.writeBytes((stream + "\0").getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    private static byte[] zip(String... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String part : parts) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** An OpenDocument package: its {@code mimetype} first, stored. */
    private static byte[] openDocument(String mediaType) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
