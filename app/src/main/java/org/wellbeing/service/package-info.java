/**
 * What the HTTP service and its dashboard call: evaluate inputs on one rule-base snapshot and store the result
 * in the audit store before answering ({@link org.wellbeing.service.EvaluationService}, which also explains one
 * cell through the stored trace), read inputs from JSON or CSV ({@link org.wellbeing.service.Inputs}, with the
 * seam for Fingertips uploads in {@code CsvLayout}), boards with their rated indicators, ranked workstreams and
 * the dashboard's matrix ({@link org.wellbeing.service.BoardService}), and the records the API answers with.
 * {@link org.wellbeing.service.Services} wires it all from a rules directory, a data directory and an audit
 * database. Knows nothing of HTTP.
 */
package org.wellbeing.service;
