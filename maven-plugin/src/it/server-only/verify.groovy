// The server side only, for the two included resources: no client; it compiled, and the tests started
// the generated server and called it over HTTP.
def base = new File(basedir, 'target/generated-sources/odgen/com/example/practice/opendental')

assert base.list().toList().sort() == ['dao', 'entity', 'schema', 'server'] : "unexpected packages: ${base.list()}"
assert new File(base, 'server/OpenDentalServer.java').isFile()
def handlers = new File(base, 'server').list().findAll { it.endsWith('Handler.java') }.sort()
assert handlers == ['PatientHandler.java', 'ProviderHandler.java'] : "handlers: ${handlers}"

// the schema scripts were registered as resources and packaged with the classes
def sql = []
new File(basedir, 'target/classes').eachFileRecurse { if (it.name.endsWith('.sql')) sql << it.name }
assert !sql.isEmpty() : 'no SQL script reached target/classes'

// the default database worked with nothing added: an H2 file in the tests' working directory
assert new File(basedir, 'target/run/opendental.mv.db').isFile() : 'no H2 file: the server did not use its default database'
def pom = new File(basedir, 'pom.xml').text
assert !(pom =~ /<artifactId>(h2|mariadb-java-client|mysql-connector-j)<\/artifactId>/) : 'the project must not bring its own driver'

def log = new File(basedir, 'build.log').text
assert !log.contains('No suitable driver') : 'the embedded default database has no driver'
assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0/ : 'the downstream tests did not all run and pass'

// the baseline given as coordinates was resolved from the repository and is the same spec
assert log.contains('odgen: against the baseline dev.odgen:odgen-spec-opendental:') && log.contains(': no changes') :
    'the baseline by coordinates was not compared'
assert !new File(basedir, 'target/generated-resources/odgen/db/migration').exists() : 'no changes, so no script'
return true
