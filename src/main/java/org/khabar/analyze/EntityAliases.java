package org.khabar.analyze;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One entity, one tag: "الناتو" and "حلف شمال الأطلسي", "أمريكا" and "الولايات المتحدة" are each one tag, whose
 * identity is the key of the name listed first ({@code entity-aliases.txt}). An article then shows one tag for the
 * entity, under the best known of the names it uses, and one tag page gathers every article on it, whichever name a
 * link carries. Keys, not labels, are mapped, so an inflected or prefixed mention ("وللناتو") finds its entity as the
 * tag key would.
 */
public final class EntityAliases {

    private static final EntityAliases DEFAULT = new EntityAliases(Lexicon.get().aliasGroups());

    private final Map<String, String> entityKeyByKey = new HashMap<>();
    /** Each listed entity's names as its line writes them, the best known first, by the entity's key. */
    private final Map<String, List<String>> namesByEntityKey = new LinkedHashMap<>();
    /** Each listed name's place in its entity's line: 0 for the name the tag page is known by. */
    private final Map<String, Integer> placeByKey = new HashMap<>();

    EntityAliases(List<List<String>> groups) {
        Map<String, String> groupOfKey = new HashMap<>();
        for (List<String> names : groups) {
            String entityKey = TagKeys.keyOf(names.get(0));
            namesByEntityKey.put(entityKey, List.copyOf(names));
            for (int place = 0; place < names.size(); place++) {
                String name = names.get(place);
                String key = TagKeys.keyOf(name);
                if (key.isEmpty()) throw new IllegalArgumentException("an entity alias without words: " + names);
                String earlier = groupOfKey.putIfAbsent(key, names.get(0));
                if (earlier != null && !earlier.equals(names.get(0))) {
                    throw new IllegalArgumentException(
                            "\"" + name + "\" names two entities: " + earlier + ", " + names.get(0));
                }
                if (!key.equals(entityKey)) entityKeyByKey.put(key, entityKey);
                placeByKey.putIfAbsent(key, place);
            }
        }
    }

    private EntityAliases() {
    }

    public static EntityAliases get() {
        return DEFAULT;
    }

    /** Longest chain of editor merges followed (a merged into b, b into c); a loop stops there instead of spinning. */
    static final int MAX_MERGE_HOPS = 8;

    /**
     * These aliases and an editor's merges ({@code mergedInto}: tag key → the key of the tag it is shown as). A merged
     * tag's names rank after the names of the tag it joined, so an article naming both shows the latter's.
     */
    public EntityAliases withMerges(Map<String, String> mergedInto) {
        if (mergedInto.isEmpty()) return this;
        EntityAliases out = new EntityAliases();
        out.namesByEntityKey.putAll(namesByEntityKey);
        Set<String> keys = new HashSet<>(placeByKey.keySet());
        keys.addAll(entityKeyByKey.keySet());
        keys.addAll(mergedInto.keySet());
        keys.addAll(mergedInto.values());
        for (String key : keys) {
            String own = entityKey(key);
            String entity = own;
            for (int hop = 0; hop < MAX_MERGE_HOPS && mergedInto.containsKey(entity); hop++) {
                entity = mergedInto.get(entity);
            }
            if (!entity.equals(key)) out.entityKeyByKey.put(key, entity);
            int place = Math.max(0, place(key));
            out.placeByKey.put(key, entity.equals(own) ? place : MERGED_PLACE + place);
        }
        return out;
    }

    /** Where the names of a merged tag rank among those of the tag it joined: after all of them. */
    private static final int MERGED_PLACE = 1_000;

    /** The key of the entity a tag key names, or the key itself when it names no listed entity by another name. */
    public String entityKey(String key) {
        return entityKeyByKey.getOrDefault(key, key);
    }

    /**
     * Where the name of this tag key stands in its entity's line (0: the name the entity is best known by); -1 for a
     * key that names no listed entity. An article naming an entity several ways is tagged with the best known of them.
     */
    public int place(String key) {
        return placeByKey.getOrDefault(key, -1);
    }

    /** The name a listed entity is best known by ("الولايات المتحدة" for its key); empty for other keys. */
    public Optional<String> bestKnownName(String entityKey) {
        return Optional.ofNullable(namesByEntityKey.get(entityKey)).map(names -> names.get(0));
    }

    /** One listed entity: its tag key and its names, the best known first. */
    public record Entity(String key, List<String> names) {
    }

    /** The listed entities, in the list's order. */
    public List<Entity> entities() {
        return namesByEntityKey.entrySet().stream().map(e -> new Entity(e.getKey(), e.getValue())).toList();
    }

    /** A listed entity's names, the best known first; empty for other keys. */
    public List<String> names(String entityKey) {
        return namesByEntityKey.getOrDefault(entityKey, List.of());
    }

    /** How many tag keys name another entity's tag (for tests). */
    int aliasCount() {
        return entityKeyByKey.size();
    }
}
