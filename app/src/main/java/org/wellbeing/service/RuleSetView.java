package org.wellbeing.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wellbeing.rules.RuleBase;

/** The live rule set: its version, its files and every rule with where it is written. */
public record RuleSetView(String version, String loadedAt, String directory, List<FileView> files,
                          List<RuleView> rules, List<String> thresholds) {

    /** One rule file and how many rules it holds. */
    public record FileView(String path, int rules) {}

    /** One rule, where it is written ({@code location} is {@code file:line}). */
    public record RuleView(String name, String file, int line, String location) {}

    public static RuleSetView of(RuleBase rb) {
        List<RuleView> rules = rb.rules().entrySet().stream()
                .map(e -> new RuleView(e.getKey(), e.getValue().file(), e.getValue().line(), e.getValue().toString()))
                .sorted(Comparator.comparing(RuleView::file).thenComparingInt(RuleView::line))
                .toList();
        Map<String, Long> perFile = rules.stream().collect(Collectors.groupingBy(RuleView::file, Collectors.counting()));
        List<FileView> files = rb.files().keySet().stream().sorted()
                .map(f -> new FileView(f, perFile.getOrDefault(f, 0L).intValue())).toList();
        // the directory's name only, never the server's absolute path
        String directory = java.nio.file.Path.of(rb.directory()).getFileName().toString();
        return new RuleSetView(rb.version(), rb.loadedAt().toString(), directory, files, rules,
                rb.thresholdNames().stream().sorted().toList());
    }
}
