package org.khabar.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One {@code khabar} command run in this JVM, with its exit code, stdout and stderr (and, if given, stdin). */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        return withInput(null, args);
    }

    static CliRun withInput(String stdin, String... args) {
        PrintStream out0 = System.out;
        PrintStream err0 = System.err;
        InputStream in0 = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        if (stdin != null) System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int code = KhabarCli.commandLine().execute(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out0);
            System.setErr(err0);
            System.setIn(in0);
        }
    }
}
