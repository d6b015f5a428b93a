package org.khabar.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Live stories listed under the ids of their top centroid terms, and the vote that picks an article's candidate
 * stories: each story scores the summed weights of the article's terms it is listed under.
 *
 * <p>Plain arrays indexed by term id, and votes kept on the stories themselves: a common term lists thousands of
 * live stories at scale, and boxed story ids in hash sets and a hash map of votes made this vote most of the
 * clustering cost per article.
 */
final class CandidateIndex {
    /** Best vote first; equal votes go to the older (lower) id, so the choice never depends on memory layout. */
    private static final Comparator<LiveStory> BY_VOTE =
            Comparator.comparingDouble((LiveStory s) -> -s.vote).thenComparingLong(s -> s.id);

    private LiveStory[][] lists = new LiveStory[1024][];
    private int[] sizes = new int[1024];
    private int round;

    void add(LiveStory s, int[] termIds) {
        for (int t : termIds) {
            if (t >= lists.length) grow(t);
            LiveStory[] l = lists[t];
            if (l == null) lists[t] = l = new LiveStory[4];
            else if (sizes[t] == l.length) lists[t] = l = Arrays.copyOf(l, l.length * 2);
            l[sizes[t]++] = s;
        }
    }

    void remove(LiveStory s, int[] termIds) {
        for (int t : termIds) {
            if (t >= lists.length || lists[t] == null) continue;
            LiveStory[] l = lists[t];
            int n = sizes[t];
            for (int i = 0; i < n; i++) {
                if (l[i] != s) continue;
                l[i] = l[n - 1]; // order within a list does not matter: votes are summed per story
                l[--n] = null;
                break;
            }
            sizes[t] = n;
            if (n == 0) lists[t] = null;
        }
    }

    void clear() {
        lists = new LiveStory[1024][];
        sizes = new int[1024];
    }

    /** Up to {@code max} stories listed under the article's {@code voters} heaviest terms, best vote first. */
    List<LiveStory> top(TermVector article, int voters, int max) {
        int r = ++round;
        List<LiveStory> voted = new ArrayList<>();
        int[] ids = article.termIds();
        double[] ws = article.termWeights();
        for (int p : article.topPositions(voters)) {
            int t = ids[p];
            if (t >= lists.length || lists[t] == null) continue;
            double w = ws[p];
            LiveStory[] l = lists[t];
            for (int i = 0, n = sizes[t]; i < n; i++) {
                LiveStory s = l[i];
                if (s.voteRound != r) {
                    s.voteRound = r;
                    s.vote = 0;
                    voted.add(s);
                }
                s.vote += w;
            }
        }
        if (voted.size() <= max) {
            voted.sort(BY_VOTE);
            return voted;
        }
        PriorityQueue<LiveStory> best = new PriorityQueue<>(max + 1, BY_VOTE.reversed());
        for (LiveStory s : voted) {
            best.add(s);
            if (best.size() > max) best.poll();
        }
        List<LiveStory> out = new ArrayList<>(best);
        out.sort(BY_VOTE);
        return out;
    }

    private void grow(int termId) {
        int n = Math.max(lists.length * 2, termId + 1);
        lists = Arrays.copyOf(lists, n);
        sizes = Arrays.copyOf(sizes, n);
    }
}
