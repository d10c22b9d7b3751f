package fr.ush.vigie.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells whether a byte stream, fed chunk by chunk, is valid in one charset, and where it first is not. Decoded text
 * is thrown away: only validity matters, so memory stays flat whatever the file size.
 */
final class StrictCharsetCheck {

    /** The first byte the charset cannot decode, by its offset from the start of the file (0-based). */
    record InvalidByte(long offset, int value) {
    }

    private final CharsetDecoder decoder;
    private final CharBuffer sink = CharBuffer.allocate(8192);
    /** Bytes of a character cut by the chunk boundary, waiting for the next chunk. */
    private byte[] carry = new byte[0];
    private long carryOffset;
    private InvalidByte invalid;

    StrictCharsetCheck(Charset charset) {
        this.decoder = strictDecoder(charset);
    }

    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Feeds {@code bytes[from, to)}, whose first byte is at {@code offset} in the file. */
    void feed(byte[] bytes, int from, int to, long offset) {
        if (invalid != null) {
            return;
        }
        byte[] data;
        long dataOffset;
        if (carry.length == 0) {
            data = bytes;
            dataOffset = offset - from;
        } else {
            data = Arrays.copyOf(carry, carry.length + to - from);
            System.arraycopy(bytes, from, data, carry.length, to - from);
            dataOffset = carryOffset;
            to = data.length;
            from = 0;
        }
        ByteBuffer in = ByteBuffer.wrap(data, from, to - from);
        decode(in, dataOffset, false);
        if (invalid == null) {
            carry = Arrays.copyOfRange(data, in.position(), in.limit());
            carryOffset = dataOffset + in.position();
        }
    }

    /** Ends the stream: a character cut by the end of file is invalid. */
    void finish() {
        if (invalid != null) {
            return;
        }
        decode(ByteBuffer.wrap(carry), carryOffset, true);
        if (invalid == null) {
            sink.clear();
            decoder.flush(sink);
        }
    }

    Optional<InvalidByte> invalidByte() {
        return Optional.ofNullable(invalid);
    }

    private void decode(ByteBuffer in, long dataOffset, boolean endOfInput) {
        while (true) {
            sink.clear();
            CoderResult result = decoder.decode(in, sink, endOfInput);
            if (result.isError()) {
                invalid = new InvalidByte(dataOffset + in.position(), in.get(in.position()) & 0xFF);
                return;
            }
            if (result.isUnderflow()) {
                return;
            }
        }
    }
}
