// The Template is attached with its classifier, so install puts it in the repository beside the POM.
def built = new File(basedir, 'target/template-artifact-1.0-openshift-template.yaml')
assert built.isFile()
def installed = new File(localRepositoryPath,
        'org/example/maestro/template-artifact/1.0/template-artifact-1.0-openshift-template.yaml')
assert installed.isFile() : 'installed with the classifier into ' + localRepositoryPath
assert installed.text == built.text
assert installed.text =~ /(?m)^kind: Template$/
assert installed.text.contains('name: WORKER_REPLICAS')
assert installed.text =~ /(?s)name: WORKER_REPLICAS.*?value: "4"/ : 'the override is the parameter default'
def log = new File(basedir, 'build.log').text
assert log.contains('(attached as openshift-template)')
assert log.contains('BUILD SUCCESS')
