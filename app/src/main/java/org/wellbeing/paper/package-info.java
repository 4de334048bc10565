/**
 * Board papers: what a board reads in its meeting, made from one stored evaluation so that every figure in it
 * can be traced ({@code explain INDICATOR --evaluation ID}). {@link org.wellbeing.paper.PaperService} gathers a
 * {@link org.wellbeing.paper.BoardPaper} from the services; {@link org.wellbeing.paper.XlsxPaper},
 * {@link org.wellbeing.paper.HtmlPaper} and {@link org.wellbeing.paper.PdfPaper} write it. The PDF is the HTML
 * paper rendered by openhtmltopdf, charts included, with no browser.
 */
package org.wellbeing.paper;
