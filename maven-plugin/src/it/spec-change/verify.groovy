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
assert (summaries[3][1] as int) == 2 : 'run 2 did not rewrite the OpenAPI document'

// the document reached the classpath, and it describes the new spec
def document = new File(basedir, 'target/classes/com/example/shop/openapi.json')
assert document.isFile() : 'the OpenAPI document is not among the resources'
assert document.text.contains('"InStock"') && !document.text.contains('Gadget')
return true
