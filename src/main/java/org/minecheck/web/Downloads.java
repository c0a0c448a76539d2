package org.minecheck.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to save: its bytes with a content type and a download name (UTF-8, never a path). */
final class Downloads {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {}

    static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }

    /** "demo-region.xlsx" → "demo-region-annotated.xlsx"; a legacy .xls keeps its extension. */
    static String annotatedName(String input) {
        int dot = input.lastIndexOf('.');
        String stem = dot > 0 ? input.substring(0, dot) : input;
        String ext = dot > 0 ? input.substring(dot) : ".xlsx";
        return stem + "-annotated" + ext;
    }

    static MediaType workbookType(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xls")
                ? MediaType.parseMediaType("application/vnd.ms-excel")
                : XLSX;
    }
}
