package org.minecheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Inspects an .xlsx archive before any XML in it is parsed, so a compression bomb is refused by the sizes its directory
 * declares, and a directory that lies is caught by counting while unpacking (nothing is kept, the count stops at the
 * limit). Also recognises an OpenDocument file, finds the sheet parts and whether the file carries macros.
 */
final class ZipGuard {
    private ZipGuard() {}

    /** What the archive holds that the reader needs: the sheet part of each relationship id, macros, shared strings. */
    record Contents(Map<String, String> partByRelationshipId, boolean macros) {}

    /** XML is read without DTDs or external entities: nothing in a workbook may make the reader fetch anything. */
    static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    static Contents inspect(Path file, IngestLimits limits) throws IOException, UnreadableWorkbookException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> entries = entries(zip, limits);
            long mb = limits.maxUnpackedBytes() >> 20;
            long declared = 0;
            for (ZipEntry e : entries) {
                if (e.getSize() > 0) declared += e.getSize();
                if (declared > limits.maxUnpackedBytes() || tooTight(e.getSize(), e.getCompressedSize(), limits)) {
                    throw new UnreadableWorkbookException("ingest.zipBomb", mb);
                }
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null
                    && new String(zip.getInputStream(mimetype).readNBytes(200), StandardCharsets.US_ASCII)
                            .startsWith("application/vnd.oasis.opendocument")) {
                throw new UnreadableWorkbookException("ingest.openDocument");
            }
            if (zip.getEntry("[Content_Types].xml") == null) throw new UnreadableWorkbookException("ingest.notExcel");
            countWhileUnpacking(zip, entries, limits);

            Map<String, String> types = contentTypes(zip);
            String workbook = types.entrySet().stream()
                    .filter(t ->
                            t.getValue().endsWith(".main+xml") && t.getValue().contains("spreadsheetml")
                                    || t.getValue().contains("ms-excel.sheet.macroEnabled.main"))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse("xl/workbook.xml");
            boolean macros = types.values().stream()
                            .anyMatch(v -> v.contains("macroEnabled") || v.contains("vbaProject"))
                    || entries.stream().anyMatch(e -> e.getName().toLowerCase().endsWith("vbaproject.bin"));
            String sharedStrings = types.entrySet().stream()
                    .filter(t -> t.getValue().contains("sharedStrings+xml"))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (sharedStrings != null) sharedStrings(zip, sharedStrings, limits);
            return new Contents(relationships(zip, workbook), macros);
        } catch (ZipException e) {
            throw new UnreadableWorkbookException("ingest.corruptXlsx", e);
        } catch (XMLStreamException e) {
            throw new UnreadableWorkbookException("ingest.corruptXlsx", e);
        }
    }

    private static List<? extends ZipEntry> entries(ZipFile zip, IngestLimits limits)
            throws UnreadableWorkbookException {
        List<ZipEntry> out = new ArrayList<>();
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) {
            out.add(en.nextElement());
            if (out.size() > limits.maxParts()) {
                throw new UnreadableWorkbookException("ingest.zipBomb", limits.maxUnpackedBytes() >> 20);
            }
        }
        return out;
    }

    private static boolean tooTight(long size, long packed, IngestLimits limits) {
        return size > limits.ratioGraceBytes() && size > (long) limits.maxPackingRatio() * Math.max(packed, 1);
    }

    /**
     * Unpacks every part once into nothing, counting, and stops at the first that unpacks to more than it declared. In
     * XML parts it also measures the longest stretch between two '<': no text or attribute can be longer, so no XML
     * parser later has to hold a giant text, and refuses declarations ({@code <!DOCTYPE}, {@code <![CDATA[}) that no
     * office program writes into a workbook (OPC forbids DTDs).
     */
    private static void countWhileUnpacking(ZipFile zip, List<? extends ZipEntry> entries, IngestLimits limits)
            throws IOException, UnreadableWorkbookException {
        long total = 0;
        long maxStretch = (long) limits.maxCellChars() * 8;
        byte[] buffer = new byte[64 * 1024];
        for (ZipEntry e : entries) {
            String name = e.getName().toLowerCase();
            boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
            long entry = 0;
            long stretch = 0;
            boolean afterLt = false;
            try (InputStream in = zip.getInputStream(e)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    entry += n;
                    total += n;
                    if (total > limits.maxUnpackedBytes()
                            || (e.getSize() >= 0 && entry > e.getSize())
                            || tooTight(entry, e.getCompressedSize(), limits)) {
                        throw new UnreadableWorkbookException("ingest.zipBomb", limits.maxUnpackedBytes() >> 20);
                    }
                    if (!xml) continue;
                    for (int i = 0; i < n; i++) {
                        byte b = buffer[i];
                        if (b == '<') {
                            stretch = 0;
                            afterLt = true;
                            continue;
                        }
                        if (afterLt && b == '!' && !comment(buffer, i, n)) {
                            throw new UnreadableWorkbookException("ingest.corruptXlsx");
                        }
                        afterLt = false;
                        if (b != 0 && ++stretch > maxStretch) {
                            throw new UnreadableWorkbookException("ingest.cellTooLong", limits.maxCellChars());
                        }
                    }
                }
            }
        }
    }

    /** "<!--" (a comment) rather than a declaration; a marker split across two buffers counts as a comment. */
    private static boolean comment(byte[] b, int i, int n) {
        return i + 2 >= n || (b[i + 1] == '-' && b[i + 2] == '-');
    }

    static InputStream open(ZipFile zip, String part) throws IOException {
        String name = part.startsWith("/") ? part.substring(1) : part;
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry x = en.nextElement();
                if (x.getName().equalsIgnoreCase(name)) return zip.getInputStream(x);
            }
            return null;
        }
        return zip.getInputStream(e);
    }

    /** Part name (without leading slash) to content type, from the Override entries. */
    private static Map<String, String> contentTypes(ZipFile zip) throws IOException, XMLStreamException {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = open(zip, "[Content_Types].xml")) {
            XMLStreamReader r = xmlFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(r.getLocalName())) {
                    String part = r.getAttributeValue(null, "PartName");
                    String type = r.getAttributeValue(null, "ContentType");
                    if (part != null && type != null) out.put(part.startsWith("/") ? part.substring(1) : part, type);
                }
            }
            r.close();
        }
        return out;
    }

    /** The workbook's relationship ids and the part each points to. */
    private static Map<String, String> relationships(ZipFile zip, String workbook)
            throws IOException, XMLStreamException {
        int slash = workbook.lastIndexOf('/');
        String folder = slash < 0 ? "" : workbook.substring(0, slash + 1);
        String rels = folder + "_rels/" + workbook.substring(slash + 1) + ".rels";
        Map<String, String> out = new HashMap<>();
        try (InputStream in = open(zip, rels)) {
            if (in == null) return out;
            XMLStreamReader r = xmlFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                    String id = r.getAttributeValue(null, "Id");
                    String target = r.getAttributeValue(null, "Target");
                    if (id == null || target == null) continue;
                    out.put(id, target.startsWith("/") ? target.substring(1) : folder + target);
                }
            }
            r.close();
        }
        return out;
    }

    /** Shared strings are held in memory by the streaming reader: bound their number and each one's length. */
    private static void sharedStrings(ZipFile zip, String part, IngestLimits limits)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        try (InputStream in = open(zip, part)) {
            if (in == null) return;
            XMLStreamReader r = xmlFactory().createXMLStreamReader(in);
            int count = 0;
            long chars = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && "si".equals(r.getLocalName())) {
                    if (++count > limits.maxSharedStrings()) {
                        throw new UnreadableWorkbookException("ingest.tooManyStrings", limits.maxSharedStrings());
                    }
                    chars = 0;
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    chars += r.getTextLength();
                    if (chars > limits.maxCellChars()) {
                        throw new UnreadableWorkbookException("ingest.cellTooLong", limits.maxCellChars());
                    }
                }
            }
            r.close();
        }
    }
}
