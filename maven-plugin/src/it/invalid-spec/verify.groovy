// The failure names the file, line and column of the problem, as a Maven error line, with no stack trace.
def log = new File(basedir, 'build.log').text

assert log =~ /(?m)^\[ERROR\] src\/main\/odgen\/widgets\.yaml:9:\d+: error: .*strng/ :
    'no path:line:column: error: line for the bad type'
assert log.contains('BUILD FAILURE')
assert log =~ /odgen: the spec has 1 error/
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'a stack trace was printed'
// Maven's own closing lines link to a page named after MojoFailureException; nothing else may name one
def exceptions = log.readLines().findAll { it.contains('Exception') && !it.contains('[Help 1]') }
assert exceptions.isEmpty() : "an exception was shown to the user: ${exceptions}"
assert log.contains('MAVEN/MojoFailureException') : 'not a BUILD FAILURE (the user\'s input) but an error'
assert !new File(basedir, 'target/generated-sources/odgen/.odgen-inputs').exists() : 'a failed run was recorded'
return true
