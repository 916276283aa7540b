// Only the client and the entities of the three included resources, in the project's package; its code and
// tests compiled against them, and the tests passed against a local HTTP server.
def base = new File(basedir, 'target/generated-sources/odgen/com/example/clinic/opendental')

assert base.list().toList().sort() == ['client', 'entity'] : "unexpected packages: ${base.list()}"
def clients = new File(base, 'client').list().findAll { it.endsWith('sClient.java') }.sort()
assert clients == ['AppointmentsClient.java', 'PatientsClient.java', 'ProvidersClient.java'] : "clients: ${clients}"
assert new File(base, 'client/OpenDentalClient.java').isFile()
assert !new File(base, 'entity/Claim.java').exists() : 'a resource that was not included was generated'

assert new File(basedir, 'target/classes/com/example/clinic/PatientDirectory.class').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0/ : 'the downstream tests did not all run and pass'
return true
