// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens a text file that may be UTF-8 (with or without a byte-order mark) or GBK, as files saved
 * by Chinese editions of Excel and WPS often are. The first 64 KiB decide: if they are valid UTF-8
 * the file is read as UTF-8, otherwise as GBK. Either way decoding is strict: a byte sequence
 * that is not valid in the chosen encoding is an error, never a silent replacement character.
 */
public final class TextDecoding {

    public static final Charset GBK = Charset.forName("GBK");
    private static final int SNIFF_BYTES = 64 * 1024;

    private TextDecoding() {
    }

    /** A reader and the encoding it was opened with. */
    public record Decoded(Reader reader, Charset charset) {
    }

    public static Decoded open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES + 3);
        in.mark(SNIFF_BYTES + 3);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        int bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        Charset charset = bom > 0 || isUtf8(head, bom) ? StandardCharsets.UTF_8 : GBK;
        in.skipNBytes(bom);
        return new Decoded(new InputStreamReader(in, strict(charset)), charset);
    }

    private static boolean isUtf8(byte[] bytes, int offset) {
        int end = bytes.length;
        // A multi-byte sequence may be cut at the end of the sample: drop up to 3 trailing bytes of it.
        int cut = end;
        for (int i = end - 1; i >= Math.max(offset, end - 3); i--) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xC0) {
                cut = i;
                break;
            }
            if (b < 0x80) {
                break;
            }
        }
        if (bytes.length == SNIFF_BYTES) {
            end = cut;
        }
        try {
            strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, end - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
