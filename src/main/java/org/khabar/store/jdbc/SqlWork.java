package org.khabar.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work; the database running it turns checked SQL errors into {@link org.khabar.store.StoreException}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
