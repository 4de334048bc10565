package org.wellbeing.paper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.chart.Area;
import org.wellbeing.chart.ChartData;
import org.wellbeing.service.InvalidParameterException;
import org.wellbeing.service.MatrixView;
import org.wellbeing.service.Services;

/**
 * The dashboard's charts, drawn from stored evaluations: a board's trend charts (the bundled data's evaluation)
 * and an area's spine and trend charts in any stored evaluation, such as an uploaded Fingertips file. The chart
 * data of the last few evaluations asked about is kept, since a large upload takes a while to read back.
 */
public final class ChartService {
    private static final int KEPT = 4;
    private final Services services;
    private final Map<String, ChartData> recent = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChartData> eldest) {
            return size() > KEPT;
        }
    };

    public ChartService(Services services) {
        this.services = services;
    }

    /** A board's indicators (every indicator for {@code all}) as trend charts, in the matrix's order. */
    public ChartViews.BoardCharts board(String boardId, String period) {
        MatrixView m = services.boards().matrix(boardId, period);
        ChartData data = data(m.evaluationId());
        String area = services.data().area().code();
        var series = data.series(area, m.rows().stream().map(MatrixView.Row::indicatorId).toList());
        return new ChartViews.BoardCharts(m.boardId(), m.boardName(), m.period(), m.evaluationId(),
                new Area(area, data.areaName(area)), ChartViews.Trend.of(series, "trend"));
    }

    /**
     * An area's charts in a stored evaluation.
     *
     * @param areaCode null for {@link ChartData#defaultArea()}
     * @throws InvalidParameterException for an area the evaluation has no observation of
     */
    public ChartViews.EvaluationCharts evaluation(String evaluationId, String areaCode) {
        ChartData data = data(evaluationId);
        List<Area> areas = data.areas();
        String code = areaCode == null || areaCode.isBlank() ? data.defaultArea() : areaCode.strip();
        Area area = areas.stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("area", "evaluation '" + evaluationId
                        + "' has no observation of area '" + code + "'"));
        return new ChartViews.EvaluationCharts(evaluationId, area, areas,
                ChartViews.Spine.of(area.name(), data.spine(code), "spine"),
                ChartViews.Trend.of(data.series(code, null), "area-trend"));
    }

    private ChartData data(String evaluationId) {
        synchronized (recent) {
            ChartData kept = recent.get(evaluationId);
            if (kept != null) return kept;
        }
        ChartData made = new ChartData(services.evaluations().get(evaluationId).withTrace());
        synchronized (recent) {
            recent.put(evaluationId, made);
        }
        return made;
    }
}
