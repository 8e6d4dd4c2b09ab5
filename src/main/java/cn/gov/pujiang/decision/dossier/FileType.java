package cn.gov.pujiang.decision.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a dossier may hold, each recognised by its content, not by its name: a file named
 * .pdf must start like a PDF, a .docx must be a ZIP package holding word/document.xml, an .ofd (the
 * national fixed-layout format, GB/T 33190) a ZIP package holding OFD.xml. Which of these are
 * accepted is configured (decision.dossier.allowed-types); this enum only knows how to tell them.
 */
public enum FileType {
  PDF("pdf", "application/pdf", Set.of("pdf"), bytes -> startsWith(bytes, "%PDF-".getBytes())),
  DOC("doc", "application/msword", Set.of("doc"), FileType::isOle2),
  XLS("xls", "application/vnd.ms-excel", Set.of("xls"), FileType::isOle2),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
      bytes -> zipHolds(bytes, "word/document.xml")),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"),
      bytes -> zipHolds(bytes, "xl/workbook.xml")),
  OFD("ofd", "application/ofd", Set.of("ofd"), bytes -> zipHolds(bytes, "OFD.xml")),
  JPG("jpg", "image/jpeg", Set.of("jpg", "jpeg"), bytes -> startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
  PNG("png", "image/png", Set.of("png"),
      bytes -> startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));

  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  /** Zip bombs and huge archives are not inspected beyond this many entries. */
  private static final int MAX_ZIP_ENTRIES = 10_000;

  private final String code;
  private final String contentType;
  private final Set<String> extensions;
  private final Predicate<byte[]> signature;

  FileType(String code, String contentType, Set<String> extensions, Predicate<byte[]> signature) {
    this.code = code;
    this.contentType = contentType;
    this.extensions = extensions;
    this.signature = signature;
  }

  public String code() {
    return code;
  }

  /** The content type the download is served with, whatever the browser claimed at upload. */
  public String contentType() {
    return contentType;
  }

  public static Optional<FileType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equalsIgnoreCase(code.trim())).findFirst();
  }

  /** The type the file name's extension claims, if it is one this enum knows. */
  public static Optional<FileType> byExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase();
    return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
  }

  /** Whether the content really is of this type. */
  public boolean matches(byte[] content) {
    return signature.test(content);
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean isOle2(byte[] content) {
    return startsWith(content, OLE2);
  }

  private static boolean zipHolds(byte[] content, String entryName) {
    if (!startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return false;
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
        if (entry.getName().equals(entryName)) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
