// One import of the BOM and one dependency are enough to generate and validate from Java.
def log = new File(basedir, 'build.log').text
assert log =~ /rendered \d+ objects, valid: true/
assert log.contains('validated: 1 object in 1 file: 0 errors, 0 warnings')
assert log.contains('BUILD SUCCESS')
