import groovy.xml.XmlSlurper

// The error fails the build with its position, warnings are logged as such, and the JUnit report for CI names them all.
def service = new File(basedir, 'src/main/k8s/service.yaml').canonicalFile
def deployment = new File(basedir, 'src/main/k8s/deployment.yaml').canonicalFile
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] \Q${service.path}\E:\[9,7\] error schema [^\n]*unknown field 'targtPort'/
assert log =~ /\[WARNING\] \Q${deployment.path}\E:\[\d+,\d+\] warning resources /
assert log.contains('maestro:validate: 2 objects in 2 files: 1 error, 2 warnings')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at \S+\(\S+\.java:\d+\)/) : 'no stack trace'

def junit = new File(basedir, 'target/maestro-reports/TEST-maestro-validate.xml')
assert junit.isFile() : 'the report is written before the build fails'
def cases = new XmlSlurper().parse(junit).testsuite.testcase
def errors = cases.findAll { it.failure.@type.text() == 'error' }
assert errors.size() == 1
assert errors[0].@classname.text() == service.path
assert errors[0].failure.@message.text().contains('targtPort')
assert cases.findAll { it.failure.@type.text() == 'warning' }.every { it.@classname.text() == deployment.path }
