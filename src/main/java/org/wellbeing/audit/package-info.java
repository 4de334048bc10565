/**
 * The audit store: evaluations kept in an SQLite file so that an auditor can ask, a year later,
 * why a rating fired and see that the record was not altered.
 *
 * <p>Knows nothing of Drools or the rest of the engine: it stores the JSON text it is given.
 * {@link org.wellbeing.audit.AuditStore} is the entry point; everything else public is a record.
 *
 * <ul>
 *   <li>Durability: WAL journal, synchronous=FULL (checked at open); {@code append} returns after COMMIT.</li>
 *   <li>Integrity: each record's hash covers its fields and the previous record's hash; see
 *       {@link org.wellbeing.audit.AuditStore} for the exact encoding. Triggers make the tables
 *       append-only against mistakes; the chain catches deliberate edits.</li>
 *   <li>Limit: removing the newest records leaves a valid shorter chain. Note
 *       {@link org.wellbeing.audit.AuditStore#head()} outside the file (e.g. in each published
 *       report) and check it with {@link org.wellbeing.audit.AuditStore#verify(String)}.</li>
 *   <li>Replay: rule-set versions are stored with their files, each content once by SHA-256.
 *       Rule sets are not part of the chain; a replay should recompute the version hash from the
 *       loaded files and compare it with the evaluation's {@code ruleSetVersion}.</li>
 *   <li>Schema: Flyway migrations in {@code src/main/resources/db/migration}; never edit a released
 *       one, add {@code V2__...sql}.</li>
 * </ul>
 */
package org.wellbeing.audit;
