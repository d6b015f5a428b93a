package org.khabar.store.postgres;

import org.khabar.store.jdbc.JdbcFingerprintStore;
import org.junit.jupiter.api.Tag;
import org.khabar.store.FingerprintStore;
import org.khabar.store.FingerprintStoreContract;

/** The fingerprint store contract, unchanged, on a real PostgreSQL (ops/test-distributed.sh). */
@Tag("distributed")
class PostgresFingerprintStoreTest extends FingerprintStoreContract {
    private PostgresDatabase db;

    @Override
    protected FingerprintStore openStore() throws Exception {
        db = PostgresDatabase.open(PostgresTestDatabase.freshSchema("khabar_fingerprints"));
        return new JdbcFingerprintStore(db);
    }

    @Override
    protected void closeStore() {
        db.close();
    }
}
