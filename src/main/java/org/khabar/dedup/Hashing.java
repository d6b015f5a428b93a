package org.khabar.dedup;

/** 64-bit hashing shared by shingling, MinHash and banding. Deterministic across runs and JVMs (stored). */
final class Hashing {
    private Hashing() {
    }

    /** SplitMix64 finaliser: a cheap bijective mixer with good avalanche, so independent seeds act as permutations. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over UTF-16 units, then mixed; String.hashCode's 32 bits would collide too often at corpus scale. */
    static long of(CharSequence s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    static long combine(long h, long next) {
        return mix(h * 0x9E3779B97F4A7C15L + next);
    }
}
