package fr.ush.vigie.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/** The charset of a text file, and whether it starts with a UTF-8 byte order mark to skip. */
record DetectedEncoding(Charset charset, boolean bom) {

    static final int BOM_LENGTH = 3;

    /** A strict reader over the text after the BOM: a byte that changed since detection fails loudly. */
    Reader reader(InputStream in) throws IOException {
        if (bom) {
            in.skipNBytes(BOM_LENGTH);
        }
        return new InputStreamReader(in, StrictCharsetCheck.strictDecoder(charset));
    }
}
