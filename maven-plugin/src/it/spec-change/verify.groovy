// After run 2: Gadgets is gone from the spec and from the output, Widget has the new field, and it compiled.
def generated = new File(basedir, 'target/generated-sources/odgen')
def shop = new File(generated, 'com/example/shop')

assert !new File(basedir, 'src/main/odgen/gadgets.yaml').exists() : 'the spec-v2 profile did not run'

def gadgetFiles = []
generated.eachFileRecurse { if (it.name.startsWith('Gadget')) gadgetFiles << it }
assert gadgetFiles.isEmpty() : "stale files of the removed resource remain: ${gadgetFiles}"
assert !new File(generated, '.odgen-manifest').text.contains('Gadget')

def widget = new File(shop, 'entity/Widget.java')
assert widget.isFile()
assert widget.text.contains('inStock') : 'Widget.java lacks the added field'

assert new File(basedir, 'target/classes/com/example/shop/app/Catalog.class').isFile()
assert new File(basedir, 'target/classes/com/example/shop/entity/Widget.class').isFile()

// run 1 wrote files; run 2 wrote some and removed the Gadget ones
def log = new File(basedir, 'build.log').text
def summaries = (log =~ /odgen: (\d+) files? written, (\d+) unchanged, (\d+) removed/).collect { it }
// each run generates the sources, then the OpenAPI document
assert summaries.size() == 4 : "expected a generation of each output in each run, log has ${summaries.size()}"
assert (summaries[0][1] as int) > 0
assert (summaries[2][1] as int) > 0 : 'run 2 rewrote nothing although Widgets changed'
assert (summaries[2][3] as int) > 0 : 'run 2 removed nothing although Gadgets is gone'

// run 2 compared with the baseline: the removed resource is a breaking change, logged as a warning; the script
// adds the new column and only comments out the drop of the removed table
assert log =~ /\[WARNING\] odgen: baseline-v1\/gadgets\.yaml:\d+:\d+: breaking: Gadgets: resource removed \(table gadget\) \[stored data: table removed\]/
assert log.contains('odgen: against the baseline baseline-v1: ')
def scripts = new File(basedir, 'target/generated-resources/odgen/db/migration').listFiles()*.name
assert scripts.size() == 1 && scripts[0] ==~ /V[0-9.]+__odgen_.*\.sql/ : "migration scripts: ${scripts}"
def script = new File(basedir, "target/generated-resources/odgen/db/migration/${scripts[0]}").text
assert script.contains('ALTER TABLE `widget` ADD COLUMN `InStock`') : script
assert script.contains('-- DROP TABLE `gadget`;') : script
assert new File(basedir, "target/classes/db/migration/${scripts[0]}").isFile() : 'the script was not packaged'
assert (summaries[3][1] as int) == 2 : 'run 2 did not rewrite the OpenAPI document'

// the document reached the classpath, and it describes the new spec
def document = new File(basedir, 'target/classes/com/example/shop/openapi.json')
assert document.isFile() : 'the OpenAPI document is not among the resources'
assert document.text.contains('"InStock"') && !document.text.contains('Gadget')
return true
