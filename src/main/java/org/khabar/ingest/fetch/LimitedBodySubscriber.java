package org.khabar.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body but gives up (and cancels the stream, so the connection is dropped) as soon as it
 * exceeds {@code maxBytes}; a 1 GB response therefore costs at most {@code maxBytes} of memory.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    private final long maxBytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private final String url;

    LimitedBodySubscriber(long maxBytes, String url) {
        this.maxBytes = maxBytes;
        this.url = url;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) s.cancel();
        else s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer b : items) {
            if (buf.size() + (long) b.remaining() > maxBytes) {
                fail(new FetchException(FetchException.Kind.TOO_LARGE,
                        "response body from " + url + " exceeds " + maxBytes + " bytes; cut off"));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            buf.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(buf.toByteArray());
    }

    /** Stops reading: the connection is released and the body future fails with {@code why}. */
    void fail(FetchException why) {
        result.completeExceptionally(why);
        Flow.Subscription s = subscription;
        if (s != null) s.cancel();
    }
}
