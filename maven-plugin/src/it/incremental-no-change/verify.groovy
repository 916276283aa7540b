// Run 1 generated everything; run 2 found the inputs unchanged and did not write.
def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/odgen')

def summaries = (log =~ /odgen: (\d+) files? written, (\d+) unchanged, (\d+) removed/).collect { it }
// run 1: the sources, then the OpenAPI document (kind openapi, into generated-resources)
assert summaries.size() == 2 : "expected exactly one generation of each output (run 1), log has ${summaries.size()}"
assert (summaries[0][1] as int) > 100 : 'run 1 should write the whole Open Dental output'
assert (summaries[1][1] as int) == 2 : 'run 1 should write the OpenAPI document as JSON and YAML'
assert (log =~ /odgen: output is up to date/).count == 1 : 'run 2 did not report up to date'
assert (log =~ /odgen: the OpenAPI document is up to date/).count == 1 : 'run 2 did not report the document up to date'
assert new File(basedir, 'target/generated-resources/odgen/dev/odgen/opendental/openapi.json').isFile()

assert new File(generated, 'dev/odgen/opendental/entity/Patient.java').isFile()
def state = new File(generated, '.odgen-inputs').readLines()
assert state.size() > 100 : 'the up-to-date record does not list the generated files'
return true
