package org.wellbeing.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.audit.PolicyVersion;
import org.wellbeing.model.Facts;
import org.wellbeing.io.out.Catalogue;
import org.wellbeing.model.Workstream;
import org.wellbeing.model.WorkstreamLink;
import org.wellbeing.rules.RuleBase;

/**
 * The policy version each evaluation names: its rule files and its catalogue, stored in the audit store the
 * first time they are used. Hashing the rule files and writing the catalogue happen once per distinct rule set
 * and catalogue, not once per evaluation.
 */
final class PolicyVersions {
    private static final int KEPT = 16;

    /** A policy version and the catalogue it holds. */
    record Policy(String version, Catalogue catalogue) {}

    private record CatalogueEntry(List<Object> facts, Catalogue catalogue, String hash) {}

    private final AuditStore store;
    private final Map<String, String> storedPolicies = new ConcurrentHashMap<>();
    private volatile CatalogueEntry lastCatalogue;

    PolicyVersions(AuditStore store) {
        this.store = store;
    }

    /** The policy of an evaluation of these facts on these rules, stored once. */
    Policy of(RuleBase rules, Facts facts) {
        CatalogueEntry catalogue = catalogue(facts);
        String key = rules.version() + "/" + catalogue.hash();
        String version = storedPolicies.get(key);
        if (version == null) {
            if (storedPolicies.size() >= KEPT) {
                storedPolicies.clear();
            }
            version = storedPolicies.computeIfAbsent(key, k -> store.savePolicy(files(rules, catalogue.catalogue())));
        }
        return new Policy(version, catalogue.catalogue());
    }

    /** A policy's files: the rule files under {@code rules/} and the catalogue. */
    static Map<String, String> files(RuleBase rules, Catalogue catalogue) {
        Map<String, String> files = new HashMap<>();
        rules.files().forEach((path, text) -> files.put(PolicyVersion.RULES + path, text));
        files.put(PolicyVersion.CATALOGUE, catalogue.text());
        return files;
    }

    /**
     * The rule files of a policy's files, by their path in the rules directory, in path order: the order the
     * compiler reads a directory in, which decides the order of firings of equal priority (and so the trace).
     */
    static Map<String, String> ruleFiles(Map<String, String> policyFiles) {
        Map<String, String> rules = new TreeMap<>();
        policyFiles.forEach((path, text) -> {
            if (path.startsWith(PolicyVersion.RULES)) {
                rules.put(path.substring(PolicyVersion.RULES.length()), text);
            }
        });
        return rules;
    }

    /**
     * The policy version of an evaluation of these facts on these rules, as the audit store names it when it
     * stores the policy: for outputs that store nothing (the command line's reports).
     */
    static String versionOf(RuleBase rules, Facts facts) {
        return PolicyVersion.of(files(rules, Catalogue.of(facts.indicators(), standing(facts))));
    }

    /** The standing facts among the others: workstreams and their links to indicators. */
    private static List<Object> standing(Facts facts) {
        List<Object> standing = new ArrayList<>();
        for (Object o : facts.others()) {
            if (o instanceof Workstream || o instanceof WorkstreamLink) {
                standing.add(o);
            }
        }
        return standing;
    }

    /** The catalogue facts: the indicators and the standing facts among the others (workstreams and links). */
    private CatalogueEntry catalogue(Facts facts) {
        List<Object> standing = standing(facts);
        List<Object> key = new ArrayList<>(facts.indicators().size() + standing.size());
        key.addAll(facts.indicators());
        key.addAll(standing);
        CatalogueEntry last = lastCatalogue;
        if (last != null && last.facts().equals(key)) {
            return last;
        }
        Catalogue made = Catalogue.of(facts.indicators(), standing);
        CatalogueEntry entry = new CatalogueEntry(key, made, PolicyVersion.contentHash(made.text()));
        lastCatalogue = entry;
        return entry;
    }
}
