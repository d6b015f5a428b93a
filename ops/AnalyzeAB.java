import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.BiConsumer;

/**
 * Paired before/after throughput of analysis + tagging (tag() + corpusKeys(), steady-state statistics, as in
 * {@code khabar bench analyze}) with the two jars in one JVM, each in its own class loader, passes interleaved and
 * alternating in order, timed in thread CPU and wall time. On a loaded shared machine separate runs swing 2-3x;
 * interleaving keeps both sides under the same load. Run with Java's source launcher:
 * {@code java ops/AnalyzeAB.java /tmp/before.jar target/khabar.jar 12 [ant.jsonl.gz]}
 */
public class AnalyzeAB {
    static ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    static class Side {
        String name; ClassLoader cl; Object stats; Constructor<?> taggerNew; Method tag, keys, add;
        List<Double> cpu = new ArrayList<>(), wall = new ArrayList<>();
        Side(String name, String jar) throws Exception {
            this.name = name;
            cl = new URLClassLoader(new URL[]{Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> ms = cl.loadClass("org.khabar.analyze.MemoryCorpusStats");
            Class<?> cs = cl.loadClass("org.khabar.store.CorpusStats");
            Class<?> kt = cl.loadClass("org.khabar.analyze.KeywordTagger");
            stats = ms.getConstructor().newInstance();
            taggerNew = kt.getConstructor(cs);
            tag = kt.getMethod("tag", String.class, String.class, int.class);
            keys = kt.getMethod("corpusKeys", String.class, String.class);
            add = cs.getMethod("addDocument", Collection.class);
        }
        void grow(List<String[]> docs) throws Exception {
            Object t = taggerNew.newInstance(stats);
            for (String[] d : docs) { tag.invoke(t, d[0], d[1], 8); add.invoke(stats, keys.invoke(t, d[0], d[1])); }
        }
        long pass(List<String[]> docs) throws Exception {
            Object t = taggerNew.newInstance(stats);
            long s = 0, c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            for (String[] d : docs) s += ((List<?>) tag.invoke(t, d[0], d[1], 8)).size() + ((Collection<?>) keys.invoke(t, d[0], d[1])).size();
            cpu.add(docs.size() / ((mx.getCurrentThreadCpuTime() - c0) / 1e9));
            wall.add(docs.size() / ((System.nanoTime() - w0) / 1e9));
            return s;
        }
    }
    private static double median(List<Double> l) { List<Double> s = new ArrayList<>(l); Collections.sort(s); return s.get(s.size() / 2); }
    public static void main(String[] a) throws Exception {
        Side before = new Side("before", a[0]), after = new Side("after", a[1]);
        int passes = Integer.parseInt(a[2]);
        List<String[]> docs = new ArrayList<>();
        Class<?> ant = before.cl.loadClass("org.khabar.eval.AntCorpus");
        BiConsumer<String, String> each = (t, b) -> docs.add(new String[]{t, b});
        ant.getMethod("forEach", Path.class, int.class, BiConsumer.class).invoke(null, Path.of(a.length > 3 ? a[3] : "../shared/data/ant/ant-v2.1.jsonl.gz"), 3000, each);
        before.grow(docs); after.grow(docs);
        long sink = 0;
        for (int i = 0; i < 2; i++) { sink += before.pass(docs) + after.pass(docs); } // warm-up
        before.cpu.clear(); before.wall.clear(); after.cpu.clear(); after.wall.clear();
        for (int i = 0; i < passes; i++) {
            Side x = i % 2 == 0 ? before : after, y = i % 2 == 0 ? after : before;
            sink += x.pass(docs) + y.pass(docs);
            int k = before.cpu.size() - 1;
            System.out.printf("pass %d before cpu %.0f wall %.0f | after cpu %.0f wall %.0f | load %s%n", i, before.cpu.get(k), before.wall.get(k),
                    after.cpu.get(k), after.wall.get(k), Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
        }
        System.out.printf("MEDIAN articles/s: before cpu %.0f wall %.0f; after cpu %.0f wall %.0f; speed-up cpu %.2f wall %.2f (sink %d)%n",
                median(before.cpu), median(before.wall), median(after.cpu), median(after.wall),
                median(after.cpu) / median(before.cpu), median(after.wall) / median(before.wall), sink);
        int win = 0; for (int i = 0; i < before.cpu.size(); i++) if (after.cpu.get(i) > before.cpu.get(i)) win++;
        System.out.printf("after faster (cpu) in %d of %d interleaved pairs%n", win, before.cpu.size());
    }
}
