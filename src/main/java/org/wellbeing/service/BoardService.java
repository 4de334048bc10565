package org.wellbeing.service;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wellbeing.io.out.EvaluationDocument;
import org.wellbeing.io.town.Board;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.rules.RuleBaseHolder;

/**
 * Boards and what they are shown. The bundled data is evaluated once per rule-set version and that
 * evaluation is stored, so that a board's ratings can be traced like any other.
 */
public final class BoardService {
    private final List<Board> boards;
    private final TownDataset data;
    private final RuleBaseHolder rules;
    private final EvaluationService evaluations;
    private final Inputs inputs;
    private volatile StoredDocument bundled;

    public BoardService(List<Board> boards, TownDataset data, RuleBaseHolder rules, EvaluationService evaluations,
                        Inputs inputs) {
        this.boards = List.copyOf(boards);
        this.data = data;
        this.rules = rules;
        this.evaluations = evaluations;
        this.inputs = inputs;
    }

    public List<BoardSummary> boards() {
        return boards.stream().map(b -> new BoardSummary(b.id(), b.name(), b.lifecourse(), b.targetOutcomes(),
                b.workstreams(), indicatorsOf(b.id()).stream().map(Indicator::id).toList())).toList();
    }

    /**
     * A board's indicators with their ratings for a period of the bundled data.
     *
     * @param period null for the latest
     * @throws NotFoundException         for an unknown board
     * @throws InvalidParameterException for a period the data does not have
     */
    public BoardPrioritiesView priorities(String boardId, String period) {
        Board board = boards.stream().filter(b -> b.id().equals(boardId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no board '" + boardId + "'; boards: "
                        + boards.stream().map(Board::id).collect(Collectors.joining(", "))));
        List<String> periods = data.periods();
        String chosen = period == null || period.isBlank() ? latest(periods) : period.strip();
        if (!periods.contains(chosen)) {
            throw new InvalidParameterException("period", "no data for period '" + chosen + "'; periods in the data: "
                    + String.join(", ", periods));
        }
        EvaluationDocument doc = bundledEvaluation().document();
        List<BoardPrioritiesView.IndicatorRatings> rated = indicatorsOf(boardId).stream().map(i -> {
            Optional<Observation> o = data.facts().observations().stream()
                    .filter(x -> x.indicatorId().equals(i.id()) && x.period().equals(chosen)).findFirst();
            return new BoardPrioritiesView.IndicatorRatings(i.id(), i.name(), i.unit(), i.polarity(),
                    o.map(Observation::timePeriod).orElse(null), o.map(Observation::value).orElse(null),
                    o.map(Observation::note).orElse(null),
                    doc.ratings().stream().filter(r -> r.indicatorId().equals(i.id()) && r.period().equals(chosen)).toList());
        }).toList();
        return new BoardPrioritiesView(board.id(), board.name(), chosen, periods, doc.id(), doc.ruleSetVersion(),
                rated, List.of());
    }

    /** The bundled data evaluated on the live rules; evaluated and stored again only when the rules change. */
    StoredDocument bundledEvaluation() {
        StoredDocument current = bundled;
        String live = rules.current().version();
        if (current != null && current.document().ruleSetVersion().equals(live)) {
            return current;
        }
        synchronized (this) {
            if (bundled == null || !bundled.document().ruleSetVersion().equals(rules.current().version())) {
                bundled = evaluations.evaluate(inputs.bundled());
            }
            return bundled;
        }
    }

    private List<Indicator> indicatorsOf(String boardId) {
        return data.indicators().stream().filter(i -> i.boards().contains(boardId)).toList();
    }

    private static String latest(List<String> periods) {
        if (periods.isEmpty()) {
            throw new InvalidParameterException("period", "the bundled data has no observations");
        }
        return periods.get(periods.size() - 1);
    }
}
