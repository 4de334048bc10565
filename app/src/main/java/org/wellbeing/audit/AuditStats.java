package org.wellbeing.audit;

/**
 * What the audit store holds and what it costs.
 *
 * @param records        stored evaluations
 * @param recordBytes    UTF-8 bytes of the evaluation rows (every column, payload included)
 * @param contentBytes   bytes of the content (deflated where stored so) kept once by hash (inputs, rule files and catalogues of
 *                       policy versions) and of the rule files of version-1 rule sets
 * @param fileBytes      the database file and its write-ahead log on disk
 */
public record AuditStats(long records, long recordBytes, long contentBytes, long fileBytes) {

    /** Stored bytes (rows and content) per record; 0 when empty. */
    public long bytesPerRecord() {
        return records == 0 ? 0 : (recordBytes + contentBytes) / records;
    }

    /** Database file bytes per record; 0 when empty. */
    public long fileBytesPerRecord() {
        return records == 0 ? 0 : fileBytes / records;
    }

    /** A few lines for people. */
    public String render() {
        String nl = System.lineSeparator();
        return "records: " + records + nl
                + "bytes: " + (recordBytes + contentBytes) + " (evaluation rows " + recordBytes
                + ", content stored once by hash " + contentBytes + ")" + nl
                + "bytes per record: " + bytesPerRecord() + nl
                + "database file: " + fileBytes + " bytes, " + fileBytesPerRecord() + " per record" + nl;
    }
}
