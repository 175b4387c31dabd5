package org.maestroperf.deploy.generator.output;

import java.nio.file.Path;

/** A process that stages a bundle into {@code args[0]} and waits there to be signalled or killed. */
public final class HoldStaged {

    private HoldStaged() {
    }

    public static void main(String[] args) throws InterruptedException {
        BundleWriter.Staged staged = BundleWriter.stage(BundleWriterTest.files("a.yaml", "a\n", "broker/b.yaml", "b\n"), Path.of(args[0]));
        System.out.println("staged " + staged);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
