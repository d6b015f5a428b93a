package org.khabar.ingest;

import java.io.Closeable;

/** A container reader: yields raw records one at a time, never throwing for bad input. */
interface RawSource extends Closeable {

    /** The next record or container-level rejection, or null when the source is exhausted. */
    RawRecord next();

    @Override
    void close();
}
