package org.wellbeing.paper;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;

/**
 * A board paper as PDF: the HTML paper ({@link HtmlPaper}) rendered by openhtmltopdf, its SVG charts drawn
 * through Batik. No browser is involved.
 */
public final class PdfPaper {
    static {
        // openhtmltopdf says INFO on every render; only its warnings and errors are worth a line on standard error
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

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
