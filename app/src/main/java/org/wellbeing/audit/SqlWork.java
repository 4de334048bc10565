package org.wellbeing.audit;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one connection; the caller owns the transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
