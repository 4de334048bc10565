package org.wellbeing.paper;

import java.util.List;
import org.wellbeing.chart.Area;
import org.wellbeing.chart.IndicatorSeries;
import org.wellbeing.chart.SeriesPoint;
import org.wellbeing.chart.SpineChart;
import org.wellbeing.chart.SpineRow;
import org.wellbeing.chart.TrendChart;

/** The charts as the API answers them: each drawing as SVG text, with its figures in words and as data. */
public final class ChartViews {
    private ChartViews() {}

    /**
     * One indicator's trend chart.
     *
     * @param summary the chart in words (its text alternative)
     * @param svg     the chart, an {@code <svg>} element with a title and description
     */
    public record Trend(String indicatorId, String name, String unit, String breakdown, String summary, String svg,
                        List<SeriesPoint> points) {

        static Trend of(IndicatorSeries s, String id) {
            return new Trend(s.indicatorId(), s.name(), s.unit(), s.breakdown(), TrendChart.summary(s),
                    TrendChart.svg(s, id), s.points());
        }

        static List<Trend> of(List<IndicatorSeries> series, String prefix) {
            return java.util.stream.IntStream.range(0, series.size())
                    .mapToObj(i -> of(series.get(i), prefix + "-" + i)).toList();
        }
    }

    /** An area's spine chart: one line per indicator, each also in words ({@code rows} and their summaries). */
    public record Spine(String summary, String svg, List<SpineRow> rows) {
        static Spine of(String areaName, List<SpineRow> rows, String id) {
            return new Spine(String.join(" ", rows.stream().map(SpineChart::rowSummary).toList()),
                    SpineChart.svg(areaName, rows, id), rows);
        }
    }

    /** A board's trend charts for the dashboard, from the bundled data's stored evaluation. */
    public record BoardCharts(String boardId, String boardName, String period, String evaluationId, Area area,
                              List<Trend> trends) {}

    /**
     * The charts of one area of a stored evaluation (an uploaded Fingertips file): the spine chart and every
     * indicator's trend.
     *
     * @param areas every area of the evaluation, to choose another
     */
    public record EvaluationCharts(String evaluationId, Area area, List<Area> areas, Spine spine, List<Trend> trends) {}
}
