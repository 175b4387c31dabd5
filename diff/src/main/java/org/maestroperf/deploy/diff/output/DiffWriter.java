package org.maestroperf.deploy.diff.output;

import java.io.PrintWriter;

import org.maestroperf.deploy.diff.BundleDiff;

/** One output format of a diff ({@code -o text|json|markdown}). */
public interface DiffWriter {

    void write(BundleDiff diff, PrintWriter out);
}
