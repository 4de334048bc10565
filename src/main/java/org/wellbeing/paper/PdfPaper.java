package org.wellbeing.paper;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A board paper as PDF: the HTML paper ({@link HtmlPaper}) rendered by openhtmltopdf, its SVG charts drawn
 * through Batik. No browser is involved.
 */
public final class PdfPaper {
    private PdfPaper() {}

    public static void write(BoardPaper paper, OutputStream out) throws IOException {
        render(HtmlPaper.write(paper), out);
    }

    /** Renders a well-formed XHTML page. */
    static void render(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }
}
