// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes, a quote inside
 * a quoted field doubled, line breaks inside quotes kept. It reads one record at a time, so a file
 * of any size is never held in memory, and it knows on which line each record started so that
 * problems can be reported by row.
 */
public final class CsvReader implements Closeable {

    /** Longest field we accept; a longer one is a broken or hostile file, not data. */
    static final int MAX_FIELD_CHARS = 64 * 1024;

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private long recordLine;
    private boolean eof;

    public CsvReader(Reader reader) {
        this.in = reader;
    }

    /** The next record's fields, or {@code null} at the end of the input. Blank lines are skipped. */
    public List<String> next() throws IOException {
        while (!eof) {
            List<String> record = readRecord();
            if (record != null && !(record.size() == 1 && record.getFirst().isEmpty())) {
                return record;
            }
        }
        return null;
    }

    /** The 1-based line on which the record last returned by {@link #next()} started. */
    public long recordLine() {
        return recordLine;
    }

    /** The next character, or -1 at the end; reads a buffer at a time (no per-character locking). */
    private int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    /** The next character without consuming it, or -1. */
    private int peek() throws IOException {
        int c = read();
        if (c != -1) {
            pos--;
        }
        return c;
    }

    private List<String> readRecord() throws IOException {
        recordLine = line;
        List<String> fields = new ArrayList<>(48);
        StringBuilder field = new StringBuilder(32);
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            // fast path: copy a run of ordinary characters straight from the buffer
            if (!quoted && pos < len) {
                int start = pos;
                while (pos < len) {
                    char ch = buf[pos];
                    if (ch == ',' || ch == '"' || ch == '\r' || ch == '\n') {
                        break;
                    }
                    pos++;
                }
                if (pos > start) {
                    if (field.length() + (pos - start) > MAX_FIELD_CHARS) {
                        throw new CsvFormatException(recordLine, "csv.field-too-long", MAX_FIELD_CHARS);
                    }
                    field.append(buf, start, pos - start);
                    fieldStarted = true;
                }
            }
            int c = read();
            if (c == -1) {
                eof = true;
                if (quoted) {
                    throw new CsvFormatException(recordLine, "csv.unclosed-quote");
                }
                if (fieldStarted || !fields.isEmpty()) {
                    fields.add(field.toString());
                    return fields;
                }
                return null;
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, c);
                }
                continue;
            }
            switch (c) {
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                }
                case '"' -> {
                    if (field.isEmpty()) {
                        quoted = true;
                        fieldStarted = true;
                    } else {
                        append(field, c); // a stray quote inside an unquoted field is kept as text
                    }
                }
                case '\r' -> {
                    // CRLF or a lone CR ends the record
                    if (peek() == '\n') {
                        read();
                    }
                    line++;
                    fields.add(field.toString());
                    return fields;
                }
                case '\n' -> {
                    line++;
                    fields.add(field.toString());
                    return fields;
                }
                default -> {
                    append(field, c);
                    fieldStarted = true;
                }
            }
        }
    }

    private void append(StringBuilder field, int c) {
        if (field.length() >= MAX_FIELD_CHARS) {
            throw new CsvFormatException(recordLine, "csv.field-too-long", MAX_FIELD_CHARS);
        }
        field.append((char) c);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The file is not valid CSV at the given line; {@link #messageKey()} names the message-bundle text. */
    public static final class CsvFormatException extends RuntimeException {
        private final long line;
        private final String messageKey;
        private final transient Object[] args;

        public CsvFormatException(long line, String messageKey, Object... args) {
            super(messageKey + " at line " + line);
            this.line = line;
            this.messageKey = messageKey;
            this.args = args;
        }

        public long line() {
            return line;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args.clone();
        }
    }
}
