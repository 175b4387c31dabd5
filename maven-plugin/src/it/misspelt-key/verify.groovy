// The misspelt key fails the build in Maven's file:[line,column] form, with a suggestion; nothing is written.
def lab = new File(basedir, 'src/maestro/lab.yaml').canonicalFile
def log = new File(basedir, 'build.log').text
def expected = lab.path + ":[3,3] worker.replics: unknown key; did you mean 'replicas'?"
assert log.contains('[ERROR] ' + expected) : 'the problem is logged as an error with its position'
assert log =~ /(?s)Failed to execute goal [^\n]*:generate [^\n]*maestro:generate: 1 problem.*\Q${expected}\E/
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at \S+\(\S+\.java:\d+\)/) : 'a mistake in a profile is no stack trace'
assert !new File(basedir, 'target/maestro').exists()
