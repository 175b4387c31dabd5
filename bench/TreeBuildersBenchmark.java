import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.maestroperf.deploy.validator.source.SourceDocument;
import org.maestroperf.deploy.validator.source.TreeBuilders;

/**
 * The validator's two tree builders on the same inputs, one thread: straight from the parser's
 * events (the path every manifest without anchors or tags takes) and through SnakeYAML's composer.
 * Usage (through bench/tree-builders.sh): TreeBuildersBenchmark DIR ROUNDS
 */
public class TreeBuildersBenchmark {

    public static void main(String[] args) throws Exception {
        List<SourceDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path f : files.sorted().toList()) {
                docs.add(new SourceDocument(f.toString(), Files.readString(f)));
            }
        }
        int rounds = Integer.parseInt(args[1]);
        for (int warm = 0; warm < 3; warm++) {
            TreeBuilders.events(docs);
            TreeBuilders.composer(docs);
        }
        long events = 0;
        long composer = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            int a = TreeBuilders.events(docs);
            long t1 = System.nanoTime();
            int b = TreeBuilders.composer(docs);
            long t2 = System.nanoTime();
            if (a != b) {
                throw new AssertionError("the builders read " + a + " and " + b + " objects");
            }
            events += t1 - t0;
            composer += t2 - t1;
        }
        System.out.printf("%d files, %d rounds: events %.1f ms/round, composer %.1f ms/round (%.2fx)%n", docs.size(),
                rounds, events / 1e6 / rounds, composer / 1e6 / rounds, (double) composer / events);
    }
}
