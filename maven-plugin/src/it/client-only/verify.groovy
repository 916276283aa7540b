// practice-app generated only the client and the entities of the three included resources, in its own package;
// its tests called the running practice-server jar through the generated client, with no server library on the
// app's classpath.
def base = new File(basedir, 'practice-app/target/generated-sources/odgen/com/example/clinic/opendental')

assert base.list().toList().sort() == ['client', 'entity'] : "unexpected packages: ${base.list()}"
def clients = new File(base, 'client').list().findAll { it.endsWith('sClient.java') }.sort()
assert clients == ['AppointmentsClient.java', 'PatientsClient.java', 'ProvidersClient.java'] : "clients: ${clients}"
assert new File(base, 'client/OpenDentalClient.java').isFile()
assert !new File(base, 'entity/Claim.java').exists() : 'a resource that was not included was generated'

assert new File(basedir, 'practice-app/target/classes/com/example/clinic/PatientDirectory.class').isFile()
assert new File(basedir, 'practice-server/target/practice-server.jar').isFile()
assert new File(basedir, 'practice-app/target/server/opendental.mv.db').isFile() : 'the server did not use its default H2 file'
def log = new File(basedir, 'build.log').text
assert log =~ /Tests run: 4, Failures: 0, Errors: 0, Skipped: 0/ : 'the downstream tests did not all run and pass'
def jars = (log =~ /client-only test classpath: (\d+) jars/)
assert jars.find() : 'the classpath size was not reported'
println "client-only test classpath: ${jars.group(1)} jars"
return true
