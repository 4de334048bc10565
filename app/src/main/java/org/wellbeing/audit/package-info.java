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
 *   <li>Replay: policy versions (rule files and catalogue, {@link org.wellbeing.audit.PolicyVersion}) and
 *       evaluation inputs are stored as content, each distinct text once by SHA-256, in the transaction of the
 *       first record that names them. A record's payload names them by hash, so the chain covers them; they
 *       are checked against their hashes when read. Records stored before version 2 of the schema name a
 *       rule-set version, whose files are kept in the rule-set tables.</li>
 *   <li>Size: {@link org.wellbeing.audit.AuditStore#stats()} counts records and the bytes they take.</li>
 *   <li>Schema: Flyway migrations in {@code src/main/resources/db/migration}; never edit a released
 *       one, add {@code V2__...sql}.</li>
 * </ul>
 */
package org.wellbeing.audit;
