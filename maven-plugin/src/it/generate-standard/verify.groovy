import groovy.xml.XmlSlurper

// The bundle is written with its test case, the override applied, and validated again with reports.
def bundle = new File(basedir, 'target/maestro')
assert new File(bundle, '.maestro-deploy').isFile()
assert new File(bundle, 'bundle.yaml').isFile()
assert new File(bundle, 'kustomization.yaml').isFile()
def testCase = new File(bundle, 'client/testcase-fixed-rate-1.yaml')
assert testCase.isFile() : 'the test case file is in the bundle'
assert testCase.text.contains('kind: Job')
def worker = new File(bundle, 'worker/worker-deployment.yaml').text
assert worker =~ /(?m)^  replicas: 3$/ : '-Dmaestro.set=worker.replicas=3,... reached the Deployment'
def storage = new File(bundle, 'reports').listFiles().find { it.text.contains('kind: PersistentVolumeClaim') }
assert storage?.text?.contains('storage: 2Gi') : 'and so did the second override of the list'

def junit = new File(basedir, 'target/maestro-reports/TEST-maestro-validate.xml')
assert junit.isFile()
def suites = new XmlSlurper().parse(junit)
assert suites.testsuite.@failures.text() == '0'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/maestro-reports/maestro-validate.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.every { it.level != 'error' }

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] wrote ') && log.contains(' objects to ' + bundle.path)
assert log =~ /objects in \d+ files?: 0 errors/
assert log.contains('BUILD SUCCESS')
