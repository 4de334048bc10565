package org.wellbeing.paper;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wellbeing.audit.ChainHead;
import org.wellbeing.chart.ChartData;
import org.wellbeing.model.Board;
import org.wellbeing.service.BoardPrioritiesView;
import org.wellbeing.service.BoardService;
import org.wellbeing.service.MatrixView;
import org.wellbeing.service.Services;
import org.wellbeing.service.StoredDocument;

/**
 * Gathers a board paper from the services: the board's matrix (every board's, for {@code all}), its priorities,
 * what is missing or doubtful, and the series behind its charts, all from the bundled data's stored evaluation
 * (made and stored first when the live rules have none yet).
 */
public final class PaperService {
    private static final int ATTEMPTS = 3;
    private final Services services;

    public PaperService(Services services) {
        this.services = services;
    }

    /**
     * @param boardId a board id or {@code all}
     * @param period  null for the latest
     * @throws org.wellbeing.service.NotFoundException         for an unknown board
     * @throws org.wellbeing.service.InvalidParameterException for a period the data does not have
     */
    public BoardPaper make(String boardId, String period) {
        // a rule reload between the calls below would mix two evaluations: gather again until they agree
        for (int attempt = 1; ; attempt++) {
            BoardPaper paper = gather(boardId, period);
            if (paper != null || attempt == ATTEMPTS) {
                if (paper == null) throw new IllegalStateException("the rules changed while the paper was made; try again");
                return paper;
            }
        }
    }

    private BoardPaper gather(String boardId, String period) {
        BoardPrioritiesView priorities = services.boards().priorities(boardId, period);
        List<String> boardIds = BoardService.ALL.equals(boardId)
                ? services.data().boards().stream().map(Board::id).toList() : List.of(boardId);
        List<MatrixView> matrices = new ArrayList<>();
        for (String id : boardIds) {
            MatrixView m = services.boards().matrix(id, priorities.period());
            if (!m.evaluationId().equals(priorities.evaluationId())) return null;
            matrices.add(m);
        }
        StoredDocument stored = services.evaluations().get(priorities.evaluationId());
        List<DataGap> gaps = new ArrayList<>();
        matrices.forEach(m -> gaps.addAll(DataGap.of(m)));
        Set<String> indicatorIds = new LinkedHashSet<>();
        matrices.forEach(m -> m.rows().forEach(r -> indicatorIds.add(r.indicatorId())));
        var charts = new ChartData(stored.withTrace()).series(services.data().area().code(), List.copyOf(indicatorIds));
        MatrixView first = matrices.get(0);
        ChainHead head = services.store().head();
        BoardPaper.Cover cover = new BoardPaper.Cover(priorities.boardId(), priorities.boardName(), first.areaName(),
                priorities.period(), stored.document().id(), stored.document().createdAt(), stored.document().ruleSetVersion(),
                stored.sequence(), stored.hash(),
                "no signed checkpoint in this audit store yet; chain head: record " + head.sequence() + ", hash " + head.hash(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                services.store().file().getFileName().toString());
        return new BoardPaper(cover, matrices, priorities.priorities(), priorities.notMeasured(), gaps, charts);
    }
}
