package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run in-process: its exit code and what it wrote to stdout and stderr. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MaestroDeploy.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
