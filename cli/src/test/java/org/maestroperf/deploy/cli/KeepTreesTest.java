package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.validator.source.DocumentParser;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.SourceDocument;

/** generate hands the read-back the validator's tree of each object only when the file maps onto its objects one to one. */
class KeepTreesTest {

    private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: testcase-a\n";
    private static final String JOB = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: maestro-client-a\n";

    private static MapValue[] kept(String file, List<Integer> objects) {
        MapValue[] trees = new MapValue[8];
        GenerateCommand.keepTrees(DocumentParser.parse(new SourceDocument("client/testcase-a.yaml", file)), objects, trees);
        return trees;
    }

    private static String name(MapValue tree) {
        return tree.path("metadata", "name").text();
    }

    @Test
    void eachDocumentGoesToItsObjectInOrder() {
        MapValue[] trees = kept(CONFIG_MAP + "---\n" + JOB, List.of(3, 6));
        assertThat(name(trees[3])).isEqualTo("testcase-a");
        assertThat(name(trees[6])).isEqualTo("maestro-client-a");
        assertThat(trees).filteredOn(t -> t != null).hasSize(2);
    }

    @Test
    void anObjectThatRenderedTwoDocumentsOrNoneLeavesEveryObjectOfTheFileToTheReadBack() {
        // the Job's template rendered a ConfigMap and a Job: three documents for two objects
        assertThat(kept(CONFIG_MAP + "---\n" + CONFIG_MAP.replace("testcase-a", "extra") + "---\n" + JOB, List.of(3, 6)))
                .containsOnlyNulls();
        // the Job's template rendered nothing
        assertThat(kept(CONFIG_MAP, List.of(3, 6))).containsOnlyNulls();
        // the Job's template began with its own marker: an empty document between the two
        assertThat(kept(CONFIG_MAP + "---\n---\n" + JOB, List.of(3, 6))).containsOnlyNulls();
    }

    @Test
    void aFileWithAProblemLeavesItsObjectsToTheReadBack() {
        assertThat(kept(CONFIG_MAP + "  name: twice\n---\n" + JOB, List.of(3, 6))).containsOnlyNulls();
        assertThat(kept("apiVersion: v1\nkind: List\nitems:\n- " + CONFIG_MAP.replace("\n", "\n  "), List.of(0))).containsOnlyNulls();
    }
}
