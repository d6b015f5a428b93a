package org.khabar.serve;

/**
 * Runs the web layer on the fixture corpus, for looking at the pages by hand:
 * {@code mvn -q -o test-compile exec:java}-free form:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.khabar.serve.DevServer 8080}.
 */
public final class DevServer {
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        WebServer server = WebServer.start(FixtureNews.readSide(), WebConfig.defaults().withPort(port));
        System.out.println("khabar fixture portal on http://127.0.0.1:" + server.port() + "/");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();
    }
}
