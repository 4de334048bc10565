package org.wellbeing.paper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes a board paper in the format asked for. */
public final class PaperWriter {
    private PaperWriter() {}

    public static void write(BoardPaper paper, PaperFormat format, OutputStream out) throws IOException {
        switch (format) {
            case xlsx -> XlsxPaper.write(paper, out);
            case pdf -> PdfPaper.write(paper, out);
            case html -> out.write(HtmlPaper.write(paper).getBytes(StandardCharsets.UTF_8));
        }
    }
}
