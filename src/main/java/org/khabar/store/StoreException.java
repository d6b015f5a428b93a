package org.khabar.store;

/** A storage failure that callers cannot fix by changing their input (I/O, corruption, lost connection). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
