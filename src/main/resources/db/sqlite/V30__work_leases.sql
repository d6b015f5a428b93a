-- Leases on ingestion work (feed polls) shared by the workers of one store; see org.khabar.store.WorkLeases.
-- A free lease has holder NULL; a lease is taken when free or when expires_at (epoch millis) has passed.
CREATE TABLE work_lease (
    lease_key  TEXT   PRIMARY KEY,
    holder     TEXT,
    expires_at BIGINT NOT NULL DEFAULT 0
);
