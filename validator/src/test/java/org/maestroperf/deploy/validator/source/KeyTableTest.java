package org.maestroperf.deploy.validator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.hostile.HostileInputs;

/**
 * A mapping's keys found by scanning (few keys) or through the hash table (many) give the same
 * mapping as the plain way, a LinkedHashMap: on random sequences of keys, repeated and merged,
 * across the size where the table takes over.
 */
class KeyTableTest {

    @Test
    void buildsAndReadsMappingsLikeALinkedHashMap() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            int distinct = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 3 * KeyTable.SCAN_LIMIT);
            MapBuilder builder = new MapBuilder();
            Map<String, Integer> plain = new LinkedHashMap<>();
            List<String> merged = new ArrayList<>();
            for (int line = 1, ops = random.nextInt(3 * distinct + 1); line <= ops; line++) {
                String key = "k" + random.nextInt(distinct);
                Value value = new ScalarValue((long) line, line, 1);
                if (random.nextInt(5) == 0) {
                    // a merge key's source: only what is not there yet
                    builder.putIfAbsent(key, value, line, 1);
                    if (!plain.containsKey(key)) {
                        plain.put(key, line);
                        merged.add(key);
                    }
                    continue;
                }
                // a repeated key is reported with the line it was last given at, unless it overrides a merged one
                int earlier = builder.put(key, value, line, 1);
                boolean overridesMerge = merged.remove(key);
                assertThat(earlier).isEqualTo(plain.containsKey(key) && !overridesMerge ? plain.get(key) : 0);
                plain.put(key, line);
            }
            MapValue map = builder.build(1, 1);
            assertThat(map.size()).isEqualTo(plain.size());
            int i = 0;
            for (Map.Entry<String, Integer> e : plain.entrySet()) {
                assertThat(map.key(i)).isEqualTo(e.getKey());
                assertThat(map.keyLine(i)).isEqualTo(e.getValue());
                assertThat(map.indexOf(e.getKey())).isEqualTo(i);
                assertThat(map.get(e.getKey()).plain()).isEqualTo((long) e.getValue());
                i++;
            }
            assertThat(map.indexOf("k" + distinct)).isEqualTo(-1);
            assertThat(map.get("absent").isMissing()).isTrue();
        }
    }

    /** One ConfigMap of 100,000 keys: O(n²) took minutes; the test reads it and finds a repeated key at the end. */
    @Test
    void aMappingOfAHundredThousandKeysIsBuiltAndReadInLinearTime() {
        String text = new HostileInputs(5).configMapOfKeys(100_000) + "  k0-x: again\n  k7-x: again\n  k7-x: third\n";
        DocumentParser.Result result = DocumentParser.parse(new SourceDocument("big.yaml", text));
        assertThat(result.manifests()).hasSize(1);
        MapValue data = (MapValue) result.manifests().get(0).root().get("data");
        assertThat(data.size()).isEqualTo(100_002);
        assertThat(data.get("k7-x").text()).isEqualTo("third");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("duplicate-key");
            assertThat(f.message()).isEqualTo("duplicate key 'k7-x' (first at line 100007); the last one wins");
        });
    }
}
